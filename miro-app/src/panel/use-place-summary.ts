import { useCallback } from 'react';
import { useBoardPort } from './board-port-context.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { type PlacedSummary, placeSummary } from './place-summary.ts';
import type { SummaryPlanInput } from './summary-plan.ts';
import { useBoardJob } from './use-board-job.ts';

/**
 * Writes a summary frame onto the board, next to the given generated board (or the newest canvas),
 * with progress and Cancel; with `replaceScope` it replaces the summary written before for that scope.
 */
export function usePlaceSummary() {
  const board = useBoardPort();
  const { refresh } = useGeneratedBoards();
  const job = useBoardJob();
  const place = useCallback(
    async (input: SummaryPlanInput, nearBoardId?: string, replaceScope?: string): Promise<PlacedSummary> => {
      try {
        return await job.run((signal, onProgress, onPause) =>
          placeSummary(board, input, {
            signal,
            onProgress,
            onPause,
            ...(nearBoardId === undefined ? {} : { nearBoardId }),
            ...(replaceScope === undefined ? {} : { replaceScope }),
          }),
        );
      } finally {
        await refresh();
      }
    },
    [board, refresh, job.run],
  );
  return { place, running: job.running, progress: job.progress, cancel: job.cancel };
}
