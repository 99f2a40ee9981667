import { BoardError } from './board-error.ts';
import type { BoardPort } from './board-port.ts';
import { dropStoredBoard, readStoredBoards, saveStoredBoard } from './board-records.ts';
import { callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import { type BoardJobOptions, callContextFor } from './generation-run.ts';
import { removeItems } from './remove-items.ts';

export interface RemoveOptions extends BoardJobOptions {
  signal?: AbortSignal;
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
  const entry = (await readStoredBoards(ctx, board)).find((stored) => stored.record.id === id);
  if (!entry) return;
  const ids = entry.items.map(([itemId]) => itemId);
  // One read tells which items people have removed by hand already.
  const present = ids.length === 0 ? [] : await callBoard(ctx, callCredits.get, () => board.get({ id: ids }));
  const existing = new Set(present.map((item) => item.id));
  const { left, firstError } = await removeItems(
    ctx,
    board,
    entry.items.filter(([itemId]) => existing.has(itemId)),
  );
  if (left.length === 0) return dropStoredBoard(ctx, board, id);
  await saveStoredBoard(ctx, board, { ...entry, items: left, complete: false });
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
