import type { BoardPlan, GeneratedBoard } from '../../../shared/index.ts';
import { BoardError } from './board-error.ts';
import { saveStoredBoard } from './board-records.ts';
import { type BoardJobOptions, callContextFor, type GenerationRun } from './generation-run.ts';
import { removeItems } from './remove-items.ts';

/** The record of a generated board, as kept on the board. */
export function recordOf(plan: BoardPlan, id: string, frameId: string, now: () => Date): GeneratedBoard {
  const { templateId, templateVersion, locale } = plan;
  return {
    id,
    templateId,
    templateVersion,
    locale,
    title: plan.title.slice(0, 500),
    frameId,
    createdAt: now().toISOString(),
  };
}

/**
 * Removes everything the run created (with a context of its own: the run's signal may be aborted).
 * Returns the error to throw: the cause, or `rollback-failed` when items stayed, which are then
 * recorded (incomplete) so `removeGeneratedBoard` can finish the job.
 */
export async function rollBack(
  run: GenerationRun,
  plan: BoardPlan,
  options: BoardJobOptions & { now?: () => Date },
  cause: BoardError,
): Promise<BoardError> {
  const ctx = callContextFor(run.board, options);
  const { left } = await removeItems(ctx, run.board, run.refs());
  if (left.length === 0) return cause;
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
