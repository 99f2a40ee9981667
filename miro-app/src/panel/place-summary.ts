import type { GeneratedBoard } from '../../../shared/index.ts';
import { type BoardPort, generateBoard, listGeneratedBoards, removeGeneratedBoard } from '../board/index.ts';
import { previousSummaries, summaryIdFor } from './summary-ids.ts';
import { createSummaryPlan, isSummaryBoard, type SummaryPlanInput } from './summary-plan.ts';

export interface PlaceSummaryOptions {
  /** Place it next to this generated board (default the newest canvas). */
  nearBoardId?: string;
  /** Replace the summary written before for this scope (a board id or `all`) instead of adding one. */
  replaceScope?: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onPause?: (waitMs: number) => void;
}

export interface PlacedSummary {
  record: GeneratedBoard;
  /** An earlier summary of the same scope was replaced (not a second one added). */
  replaced: boolean;
}

/**
 * Writes a summary frame onto the board. With `replaceScope`, the summary written before for that
 * scope is found through its board record: the new one is placed beside it, then the old one removed
 * (a failure on the way leaves the old one standing).
 */
export async function placeSummary(
  board: BoardPort,
  input: SummaryPlanInput,
  options: PlaceSummaryOptions = {},
): Promise<PlacedSummary> {
  const { nearBoardId, replaceScope, signal, onProgress, onPause } = options;
  // Fresh from the board: another facilitator may have written a summary since the panel last looked.
  const boards = await listGeneratedBoards(board);
  const previous = replaceScope === undefined ? [] : previousSummaries(boards, replaceScope);
  const canvases = [...boards]
    .filter((record) => !isSummaryBoard(record))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const near = previous[0] ?? canvases.find((record) => record.id === nearBoardId) ?? canvases[0];
  const record = await generateBoard(board, createSummaryPlan(input), {
    concurrency: 4,
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
    ...(onPause ? { onPause } : {}),
    ...(replaceScope === undefined ? {} : { createId: () => summaryIdFor(replaceScope) }),
    ...(near ? { placement: { near: near.frameId } } : {}),
  });
  for (const old of previous) await removeGeneratedBoard(board, old.id);
  return { record, replaced: previous.length > 0 };
}
