import type { BoardPlan } from '../../../shared/index.ts';
import { BoardError } from './board-error.ts';
import { dropStoredBoard, recordOf, saveStoredBoard } from './board-records.ts';
import { type BoardJobOptions, callContextFor, type GenerationRun } from './generation-run.ts';
import { removeItems } from './remove-items.ts';

/**
 * Removes everything the run created (with a context of its own: the run's signal may be aborted).
 * Returns the error to throw: the cause, or `rollback-failed` when items stayed, which are then
 * recorded (incomplete) so `removeGeneratedBoard` can finish the job. A record the run checkpointed
 * (`recorded`) goes when nothing is left.
 */
export async function rollBack(
  run: GenerationRun,
  plan: BoardPlan,
  options: BoardJobOptions & { now?: () => Date },
  cause: BoardError,
  recorded = false,
): Promise<BoardError> {
  const ctx = callContextFor(run.board, options);
  const { left } = await removeItems(ctx, run.board, run.refs());
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
