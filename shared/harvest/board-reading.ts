import { z } from 'zod';
import type { GeneratedBoard } from './generated-board.ts';
import type { SkippedItem } from './harvest-result.ts';

/**
 * A board reading: what a front-end read off a board, as flat records, the inbound twin of the board
 * plan. Coordinates as in `board-plan.ts`: `x`, `y` are the TOP-LEFT corner in ABSOLUTE board units,
 * y down. Text is plain (what was typed, not HTML). Restored tolerantly by `restoreBoardReading`.
 */
export const boardReadingVersion = 1;

/** The item kinds a harvest understands; a reader may pass others (they are kept, and ignored). */
export type ReadingItemKind = 'frame' | 'shape' | 'text' | 'sticky';

export interface ReadingItem {
  id: string;
  kind: ReadingItemKind | (string & {});
  x: number;
  y: number;
  width: number;
  height: number;
  /** Plain text: a frame's title, a shape's, text's or sticky's content. */
  text: string;
  /** A sticky's colour name (`light_yellow`, …) or a shape's fill, as the board had it. */
  color?: string;
  /** A shape's name as the board has it (Miro's: 'circle', 'rectangle', 'round_rectangle', …). */
  shape?: string;
  /** Set on items Netverk generated: the generated board's id and template, the item's role, a zone shape's zone id. */
  boardId?: string;
  templateId?: string;
  role?: string;
  zoneId?: string;
}

export const readingItemSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.string().min(1),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
  text: z.string(),
  color: z.string().optional(),
  shape: z.string().optional(),
  boardId: z.string().min(1).max(40).optional(),
  templateId: z.string().min(1).max(64).optional(),
  role: z.string().min(1).max(16).optional(),
  zoneId: z.string().min(1).max(80).optional(),
});

/** The envelope; items and records are judged one by one, so one bad item loses nothing else. */
export const boardReadingSchema = z.looseObject({
  readingVersion: z.literal(boardReadingVersion),
  items: z.array(z.unknown()).max(200_000),
  boards: z.array(z.unknown()).optional(),
  skipped: z.array(z.unknown()).optional(),
});

export interface BoardReading {
  readingVersion: typeof boardReadingVersion;
  items: ReadingItem[];
  /** The generated-board records the board keeps (title, template, zone titles). */
  boards: GeneratedBoard[];
  /** What the reader could not turn into a record, by its index in what it read, and why. */
  skipped?: SkippedItem[];
}
