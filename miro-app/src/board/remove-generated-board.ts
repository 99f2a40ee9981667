import { BoardError } from './board-error.ts';
import type { BoardPort } from './board-port.ts';
import {
  dropStoredBoard,
  readStoredBoards,
  type StoredBoard,
  type StoredItemRef,
  saveStoredBoard,
} from './board-records.ts';
import { type CallContext, callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import { findExpectedItems } from './expected-items.ts';
import { type BoardJobOptions, callContextFor } from './generation-run.ts';
import { foundRef, generatedTypes, removeItems } from './remove-items.ts';

export interface RemoveOptions extends BoardJobOptions {
  signal?: AbortSignal;
}

/**
 * The entry's items that are on the board: one read. A board still being made (or left by a closed tab)
 * is read whole, so what its record does not list yet is found by its write-ahead list.
 */
async function presentItems(
  ctx: CallContext,
  board: BoardPort,
  entry: StoredBoard,
  others: readonly StoredBoard[],
): Promise<StoredItemRef[]> {
  const listed = new Set(entry.items.map(([itemId]) => itemId));
  if (!entry.expected) {
    if (listed.size === 0) return [];
    const present = await callBoard(ctx, callCredits.get, () => board.get({ id: [...listed] }));
    const existing = new Set(present.map((item) => item.id));
    return entry.items.filter(([itemId]) => existing.has(itemId));
  }
  const items = await callBoard(ctx, callCredits.get, () => board.get({ type: generatedTypes }));
  const foreign = new Set(others.flatMap((other) => other.items.map(([itemId]) => itemId)));
  const ours = findExpectedItems(entry.expected, items, listed, foreign);
  const refs = new Map(entry.items.map((ref) => [ref[0], ref]));
  return items.filter((item) => ours.has(item.id)).map((item) => refs.get(item.id) ?? foundRef(item));
}

/**
 * Removes every item Netverk created for generated board `id` (participants' own notes stay) and then
 * its record. An unknown id is nothing to remove. If items resist, the record keeps just those.
 */
export async function removeGeneratedBoard(
  board: BoardPort,
  id: string,
  options: RemoveOptions = {},
): Promise<void> {
  const ctx = callContextFor(board, options, options.signal);
  const stored = await readStoredBoards(ctx, board);
  const entry = stored.find((other) => other.record.id === id);
  if (!entry) return;
  const others = stored.filter((other) => other !== entry);
  const present = await presentItems(ctx, board, entry, others);
  const { left, firstError } = await removeItems(ctx, board, present);
  if (left.length === 0) return dropStoredBoard(ctx, board, id);
  await saveStoredBoard(ctx, board, { record: entry.record, items: left, complete: false });
  throw new BoardError(
    firstError?.code ?? 'permanent',
    `${left.length} items of the board could not be removed`,
    {
      boardId: id,
      leftOver: left.length,
      cause: firstError,
    },
  );
}
