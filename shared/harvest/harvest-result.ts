/** A participant's sticky note as harvested: `text` is exactly what was typed (not HTML). */
export interface HarvestNote {
  id: string;
  text: string;
  /** Miro's sticky colour name, e.g. `light_yellow`, when the snapshot had one. */
  color?: string;
}

export interface HarvestZone {
  zoneId: string;
  /** The first line of the zone shape's text. */
  title: string;
  /** In reading order: top to bottom, left to right. */
  notes: HarvestNote[];
  /** Set on zones where minutes are born (decisions, actions, next time), from the board record. */
  minutes?: 'decision' | 'action' | 'next';
  /** Set on zones the template marks for a dot vote (from the board record). */
  vote?: true;
  /** Dots placed in the zone: on every voting zone (0 included) and any other zone holding dots. */
  dots?: number;
  /** On a participant's own copy of a zone: the zone's title without the participant. */
  personal?: string;
  /** On a session board: the block (its frame, by place in the running order) the zone lies in. */
  block?: { index: number; title: string };
}

export interface HarvestBoard {
  boardId: string;
  templateId: string;
  title: string;
  /** When the board was generated (ISO 8601), from its record. */
  createdAt?: string;
  /** The network's name, when the board's record has it. */
  network?: string;
  /** In reading order of the zone shapes. */
  zones: HarvestZone[];
}

/** An item the harvest could not use, by its index in the snapshot's `items`. */
export interface SkippedItem {
  index: number;
  reason: string;
}

/** What a board held: notes per zone per generated board, notes outside every zone, and what was skipped. */
export interface HarvestResult {
  boards: HarvestBoard[];
  /** Participant notes whose centre lies in no zone, in reading order. */
  unplaced: HarvestNote[];
  skipped: SkippedItem[];
}

/** Why a snapshot could not be read at all; `path` is a JSON path such as `$.snapshotVersion`. */
export interface HarvestError {
  path: string;
  message: string;
}

export type HarvestOutcome = { ok: true; result: HarvestResult } | { ok: false; error: HarvestError };

/** An absolute board rectangle: top-left corner, board units, y grows downward. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
