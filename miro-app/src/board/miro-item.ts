/**
 * An item as Miro's `board.get` answers it, the fields the reading needs. Miro's coordinates: `x`, `y`
 * are the CENTRE; a child of a frame has `parentId` and coordinates relative to the frame's top-left
 * corner (`relativeTo: 'parent_top_left'`).
 */
export interface MiroItem {
  id: string;
  type: string;
  x: number;
  y: number;
  width?: number | undefined;
  height?: number | undefined;
  parentId?: string | null | undefined;
  relativeTo?: string | undefined;
  content?: string | undefined;
  title?: string | undefined;
  style?: { fillColor?: string | undefined } | undefined;
  shape?: string | undefined;
}
