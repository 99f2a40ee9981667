import { useCallback } from 'react';
import type { GeneratedBoard } from '../../../shared/index.ts';
import { generateBoard } from '../board/index.ts';
import { useBoardPort } from './board-port-context.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { createSummaryPlan, isSummaryBoard, type SummaryPlanInput } from './summary-plan.ts';
import { useBoardJob } from './use-board-job.ts';

/** Writes a summary frame onto the board, next to the given generated board (or the newest canvas). */
export function usePlaceSummary() {
  const board = useBoardPort();
  const { boards, refresh } = useGeneratedBoards();
  const job = useBoardJob();
  const place = useCallback(
    async (input: SummaryPlanInput, nearBoardId?: string): Promise<GeneratedBoard> => {
      const canvases = boards.filter((record) => !isSummaryBoard(record));
      const near = canvases.find((record) => record.id === nearBoardId) ?? canvases[0];
      const plan = createSummaryPlan(input);
      try {
        return await job.run((signal, onProgress) =>
          generateBoard(board, plan, {
            concurrency: 4,
            signal,
            onProgress,
            ...(near ? { placement: { near: near.frameId } } : {}),
          }),
        );
      } finally {
        await refresh();
      }
    },
    [board, boards, refresh, job.run],
  );
  return { place, running: job.running, progress: job.progress, cancel: job.cancel };
}
