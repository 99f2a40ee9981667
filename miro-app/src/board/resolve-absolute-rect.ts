import type { MiroItem } from './miro-item.ts';

/** An absolute board rectangle: top-left corner, board units, y grows downward. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An item's absolute rectangle, or why it has none. */
export type RectResolver = (item: MiroItem) => Rect | string;

function isChild(item: MiroItem): boolean {
  return (item.parentId ?? '') !== '' || item.relativeTo === 'parent_top_left';
}

/**
 * Converts Miro's coordinates (centre; a frame's children relative to the frame's top-left corner)
 * to absolute top-left rectangles. Missing size counts as 0; each parent is resolved once.
 */
export function createRectResolver(byId: ReadonlyMap<string, MiroItem>): RectResolver {
  const parents = new Map<string, Rect | string>();
  const resolving = new Set<string>();
  function parentRect(item: MiroItem): Rect | string {
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (!parent) return `$.parentId: parent ${item.parentId || '(none)'} is not in the snapshot`;
    const known = parents.get(parent.id);
    if (known !== undefined) return known;
    if (resolving.has(parent.id)) return '$.parentId: parents form a cycle';
    resolving.add(parent.id);
    const rect = resolve(parent);
    resolving.delete(parent.id);
    parents.set(parent.id, rect);
    return rect;
  }
  function resolve(item: MiroItem): Rect | string {
    const width = item.width ?? 0;
    const height = item.height ?? 0;
    const origin = isChild(item) ? parentRect(item) : undefined;
    if (typeof origin === 'string') return origin;
    const left = (origin?.left ?? 0) + item.x - width / 2;
    const top = (origin?.top ?? 0) + item.y - height / 2;
    return { left, top, width, height };
  }
  return resolve;
}
