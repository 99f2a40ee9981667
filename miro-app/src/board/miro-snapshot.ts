import { z } from 'zod';

import type { GeneratedBoard } from '../../../shared/index.ts';

/**
 * A Miro board snapshot: the items as Miro's Web SDK `board.get()` returns them, serialised to JSON.
 * The adapter decodes it into the core's board reading (`decodeMiroSnapshot`).
 * Miro's coordinates: `x`, `y` are the CENTRE; a child of a frame has `parentId` and coordinates
 * relative to the frame's top-left corner (`relativeTo: 'parent_top_left'`).
 * Input is restored tolerantly: unknown fields and item types pass, malformed items are reported.
 */
export const boardSnapshotVersion = 1;

/** The item-metadata key Netverk writes on generated items (Miro allows 256 bytes per item). */
export const netverkMetaKey = 'netverk';

/** Compact on purpose: it must fit Miro's 256-byte item metadata with room to spare. */
export const itemMetaSchema = z.object({
  v: z.literal(1),
  /** Id of the generated board (one template instance). */
  b: z.string().min(1).max(40),
  /** Template id. */
  t: z.string().min(1).max(64),
  /** Role of the item in the plan (`zone`, `frame`, `seed`, …). */
  r: z.string().min(1).max(16),
  /** Zone id, on zone shapes. */
  z: z.string().min(1).max(80).optional(),
});
export type ItemMeta = z.infer<typeof itemMetaSchema>;

export const snapshotItemSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative().optional(),
  height: z.number().finite().nonnegative().optional(),
  parentId: z.string().nullable().optional(),
  relativeTo: z.enum(['canvas_center', 'parent_top_left']).optional(),
  content: z.string().optional(),
  title: z.string().optional(),
  style: z.looseObject({ fillColor: z.string().optional() }).optional(),
  /** App metadata per item, keyed as Miro scopes it: `{ netverk: ItemMeta }`. */
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type SnapshotItem = z.infer<typeof snapshotItemSchema>;

export const boardSnapshotSchema = z.looseObject({
  snapshotVersion: z.literal(boardSnapshotVersion),
  items: z.array(z.unknown()).max(200_000),
  boards: z.array(z.unknown()).optional(),
});

export interface BoardSnapshot {
  snapshotVersion: typeof boardSnapshotVersion;
  items: SnapshotItem[];
  /** Generated-board records, when the reader had them; items of older boards carry metadata instead. */
  boards?: GeneratedBoard[];
}
