/**
 * The part of Excalidraw's scene format (`.excalidraw`, and Nextcloud Whiteboard's `.whiteboard`)
 * that Netverk writes and reads: element records as Excalidraw 0.18 saves them. Coordinates are
 * Excalidraw's own and match the board plan's: `x`, `y` the TOP-LEFT corner, absolute, y down.
 */
export const excalidrawSceneType = 'excalidraw';
export const excalidrawSceneVersion = 2;
/** Who wrote the file; Excalidraw shows nothing of it, but a reader can tell our files apart. */
export const excalidrawSource = 'https://github.com/netverk';

/**
 * Excalidraw 0.18's font family id of Liberation Sans, the font it bundles that is metric-compatible
 * with Helvetica/Arial (the widths `estimateTextBox` measures with). Its "Helvetica" family (2) is a
 * local font Excalidraw does not ship, so text set in it would measure differently on each machine.
 */
export const liberationSansFamily = 9;
/** Excalidraw's padding between a container and its bound text (`BOUND_TEXT_PADDING`). */
export const boundTextPadding = 5;

export type ExcalidrawElementType = 'rectangle' | 'ellipse' | 'diamond' | 'text' | 'arrow' | 'frame';

export interface ExcalidrawBinding {
  elementId: string;
  focus: number;
  gap: number;
}

/** What Netverk keeps on each element it generated (Excalidraw keeps `customData` as it is). */
export interface NetverkCustomData {
  netverk: 1;
  boardId: string;
  templateId: string;
  role: string;
  /** The element's own id when written: a participant's copy (Ctrl+D) has another id and is theirs. */
  elementId: string;
  zoneId?: string;
  /** The text as the plan had it, when the element shows it wrapped into lines. */
  text?: string;
  /** The wrapped text as written, so an edited text is told from the untouched one. */
  shown?: string;
  /** On a board's first frame: the generated board's record (title, zone titles, session). */
  board?: unknown;
}

export interface ExcalidrawElement {
  id: string;
  type: ExcalidrawElementType;
  x: number;
  y: number;
  width: number;
  height: number;
  angle: 0;
  strokeColor: string;
  backgroundColor: string;
  fillStyle: 'solid' | 'hachure';
  strokeWidth: number;
  strokeStyle: 'solid' | 'dashed';
  roughness: number;
  opacity: number;
  groupIds: string[];
  frameId: string | null;
  index: string;
  roundness: { type: number } | null;
  seed: number;
  version: number;
  versionNonce: number;
  isDeleted: false;
  boundElements: { type: 'text' | 'arrow'; id: string }[] | null;
  updated: number;
  link: null;
  locked: boolean;
  customData?: NetverkCustomData;
  // text
  text?: string;
  originalText?: string;
  fontSize?: number;
  fontFamily?: number;
  textAlign?: 'left' | 'center';
  verticalAlign?: 'top' | 'middle';
  containerId?: string | null;
  autoResize?: boolean;
  lineHeight?: number;
  // frame
  name?: string | null;
  // arrow
  points?: [number, number][];
  lastCommittedPoint?: null;
  startBinding?: ExcalidrawBinding | null;
  endBinding?: ExcalidrawBinding | null;
  startArrowhead?: null;
  endArrowhead?: 'arrow' | null;
  elbowed?: false;
}

export interface ExcalidrawScene {
  type: typeof excalidrawSceneType;
  version: typeof excalidrawSceneVersion;
  source: string;
  elements: ExcalidrawElement[];
  appState: { viewBackgroundColor: string; gridSize: number | null };
  files: Record<string, never>;
}
