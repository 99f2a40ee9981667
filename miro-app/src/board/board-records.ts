import type { Json } from '@mirohq/websdk-types';
import { z } from 'zod';
import { type GeneratedBoard, generatedBoardSchema } from '../../../shared/index.ts';
import type { BoardPort } from './board-port.ts';
import { type CallContext, callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';

/**
 * Where Netverk keeps its records ON the board, for every facilitator and after a reload: one storage
 * value (`board.storage`, no documented size limit) holding each generated board's record and the ids,
 * roles and zone ids of the items it created. App data (512 bytes) is too small for the item list, and
 * reading item metadata one item at a time would cost a call per item: this list is the bulk metadata.
 */
export const recordCollection = 'netverk';
export const recordKey = 'boards';

/** A created item: Miro id, role in the plan (`connector` for connectors), zone id on zone shapes. */
export type StoredItemRef = [id: string, role: string] | [id: string, role: string, zoneId: string];

export type StoredBoard = {
  record: GeneratedBoard;
  items: StoredItemRef[];
  /** False when a failed rollback left these items behind: removal finishes the job. */
  complete: boolean;
};

const storedBoardSchema = z.object({
  record: generatedBoardSchema,
  items: z.array(z.union([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string(), z.string()])])),
  complete: z.boolean(),
});
const envelopeSchema = z.object({ v: z.literal(1), boards: z.array(z.unknown()) });

/** Tolerant restore: an unreadable envelope is no boards, a malformed entry is dropped. */
export function restoreStoredBoards(value: unknown): StoredBoard[] {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return [];
  return envelope.data.boards.flatMap((entry) => {
    const parsed = storedBoardSchema.safeParse(entry);
    return parsed.success ? [parsed.data as StoredBoard] : [];
  });
}

/** One read call. */
export async function readStoredBoards(ctx: CallContext, board: BoardPort): Promise<StoredBoard[]> {
  const value = await callBoard(ctx, callCredits.call, () =>
    board.storage.collection(recordCollection).get(recordKey),
  );
  return restoreStoredBoards(value);
}

const queues = new WeakMap<object, Promise<unknown>>();

/**
 * Read, change, write: serialised per board inside this app, so a pack generated in parallel keeps
 * every record. Two facilitators writing in the same instant can still lose one (no compare-and-set).
 */
export function updateStoredBoards(
  ctx: CallContext,
  board: BoardPort,
  change: (boards: StoredBoard[]) => StoredBoard[],
): Promise<void> {
  const previous = queues.get(board) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const boards = change(await readStoredBoards(ctx, board));
      const value: Json = { v: 1, boards };
      await callBoard(ctx, callCredits.call, () =>
        board.storage.collection(recordCollection).set(recordKey, value),
      );
    });
  queues.set(board, next);
  return next;
}

export function saveStoredBoard(ctx: CallContext, board: BoardPort, entry: StoredBoard): Promise<void> {
  return updateStoredBoards(ctx, board, (boards) => [
    ...boards.filter((other) => other.record.id !== entry.record.id),
    entry,
  ]);
}

export function dropStoredBoard(ctx: CallContext, board: BoardPort, id: string): Promise<void> {
  return updateStoredBoards(ctx, board, (boards) => boards.filter((other) => other.record.id !== id));
}
