import type { BoardPlan } from '../../../shared/index.ts';
import { BoardError } from './board-error.ts';
import {
  dropStoredBoard,
  readStoredBoards,
  recordOf,
  type StoredItemRef,
  saveStoredBoard,
} from './board-records.ts';
import { type CallContext, callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import { type ExpectedItems, findExpectedItems } from './expected-items.ts';
import { type BoardJobOptions, callContextFor, type GenerationRun } from './generation-run.ts';
import { foundRef, generatedTypes, removeItems } from './remove-items.ts';

/**
 * Items a create made although its answer said it failed (the run does not know their ids): found by
 * the record's write-ahead list, as the Boards tab's removal finds them. One read of the board and one
 * of the records (so another board's items are never taken).
 */
async function unanswered(
  ctx: CallContext,
  run: GenerationRun,
  expected: ExpectedItems,
): Promise<StoredItemRef[]> {
  const [items, stored] = await Promise.all([
    callBoard(ctx, callCredits.get, () => run.board.get({ type: generatedTypes })),
    readStoredBoards(ctx, run.board),
  ]);
  const others = stored.filter((entry) => entry.record.id !== run.boardId);
  const foreign = new Set(others.flatMap((entry) => entry.items.map(([id]) => id)));
  const listed = new Set(run.refs().map(([id]) => id));
  const ours = findExpectedItems(expected, items, listed, foreign);
  return items.filter((item) => ours.has(item.id) && !listed.has(item.id)).map(foundRef);
}

/**
 * Removes everything the run created (with a context of its own: the run's signal may be aborted).
 * Returns the error to throw: the cause, or `rollback-failed` when items stayed, which are then
 * recorded (incomplete) so `removeGeneratedBoard` can finish the job. A record the run checkpointed
 * (`recorded`) goes when nothing is left. After a create whose answer was lost, what it made is found
 * by the `expected` list.
 */
export async function rollBack(
  run: GenerationRun,
  plan: BoardPlan,
  options: BoardJobOptions & { now?: () => Date },
  cause: BoardError,
  recorded = false,
  expected?: ExpectedItems,
): Promise<BoardError> {
  const ctx = callContextFor(run.board, options);
  const strays = run.createFailed && expected ? await unanswered(ctx, run, expected).catch(() => []) : [];
  const { left } = await removeItems(ctx, run.board, [...run.refs(), ...strays]);
  if (left.length === 0) {
    if (recorded) await dropStoredBoard(ctx, run.board, run.boardId).catch(() => undefined);
    // The same failure, now known to have left nothing behind: the panel says so.
    if (cause.code === 'cancelled' || run.created.length === 0) return cause;
    return new BoardError(cause.code, cause.message, { boardId: run.boardId, rolledBack: true, cause });
  }
  const frameId = (left.find((ref) => ref[1] === 'frame') ?? left[0])?.[0] ?? run.boardId;
  const record = recordOf(plan, run.boardId, frameId, options.now ?? (() => new Date()));
  await saveStoredBoard(ctx, run.board, { record, items: left, complete: false }).catch(() => undefined);
  return new BoardError(
    'rollback-failed',
    `${cause.message}; ${left.length} items could not be removed again`,
    {
      boardId: run.boardId,
      leftOver: left.length,
      cause,
    },
  );
}
