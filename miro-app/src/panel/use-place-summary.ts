import { useCallback } from 'react';
import type { GeneratedBoard } from '../../../shared/index.ts';
import { generateBoard, listGeneratedBoards, removeGeneratedBoard } from '../board/index.ts';
import { useBoardPort } from './board-port-context.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { previousSummaries, summaryIdFor } from './summary-ids.ts';
import { createSummaryPlan, isSummaryBoard, type SummaryPlanInput } from './summary-plan.ts';
import { useBoardJob } from './use-board-job.ts';

export interface PlacedSummary {
  record: GeneratedBoard;
  /** An earlier summary of the same scope was replaced (not a second one added). */
  replaced: boolean;
}

/**
 * Writes a summary frame onto the board, next to the given generated board (or the newest canvas).
 * With `replaceScope`, the summary written before for that scope is found through its board record:
 * the new one takes its place and the old one is removed once the new one stands.
 */
export function usePlaceSummary() {
  const board = useBoardPort();
  const { boards, refresh } = useGeneratedBoards();
  const job = useBoardJob();
  const place = useCallback(
    async (input: SummaryPlanInput, nearBoardId?: string, replaceScope?: string): Promise<PlacedSummary> => {
      // Fresh from the board: another facilitator may have written a summary since the last refresh.
      const current = replaceScope === undefined ? boards : await listGeneratedBoards(board);
      const previous = replaceScope === undefined ? [] : previousSummaries(current, replaceScope);
      const canvases = current.filter((record) => !isSummaryBoard(record));
      const near = previous[0] ?? canvases.find((record) => record.id === nearBoardId) ?? canvases[0];
      const plan = createSummaryPlan(input);
      try {
        const record = await job.run((signal, onProgress) =>
          generateBoard(board, plan, {
            concurrency: 4,
            signal,
            onProgress,
            ...(replaceScope === undefined ? {} : { createId: () => summaryIdFor(replaceScope) }),
            ...(near ? { placement: { near: near.frameId } } : {}),
          }),
        );
        for (const old of previous) await removeGeneratedBoard(board, old.id);
        return { record, replaced: previous.length > 0 };
      } finally {
        await refresh();
      }
    },
    [board, boards, refresh, job.run],
  );
  return { place, running: job.running, progress: job.progress, cancel: job.cancel };
}
