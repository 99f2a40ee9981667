import type { BoardPlan } from '../../../shared/index.ts';
import type { PortItem } from './board-port.ts';
import { recordOf, saveStoredBoard } from './board-records.ts';
import type { GenerationRun } from './generation-run.ts';

/** Items created between two checkpoints: at most this many are left unlisted if the tab closes. */
export const checkpointEvery = 25;

export interface Checkpoints {
  /** Called after each create: saves when a frame appears and every `checkpointEvery` items. */
  note(item: PortItem): void;
  /** Waits for the checkpoints written so far (a failed one is only a lost checkpoint). */
  settled(): Promise<void>;
  /** Whether a checkpoint reached (or may have reached) the board. */
  readonly written: boolean;
}

/**
 * The run's progress as an incomplete board record, written while items are created: without item
 * metadata, the record is the only way to find a half-made board after its tab closed. The saves
 * go through `updateStoredBoards`, so a pack generated in parallel, and checkpoints that come while a
 * write is under way, share reads and writes.
 */
export function createCheckpoints(run: GenerationRun, plan: BoardPlan, now: () => Date): Checkpoints {
  let saved = 0;
  let written = false;
  const pending: Promise<void>[] = [];
  return {
    note(item) {
      const due = item.type === 'frame' || run.created.length - saved >= checkpointEvery;
      if (!due || run.error) return;
      saved = run.created.length;
      written = true;
      const items = run.refs();
      const frameId = items.find((ref) => ref[1] === 'frame')?.[0] ?? item.id;
      const entry = { record: recordOf(plan, run.boardId, frameId, now), items, complete: false };
      // Straight into the record queue, not after the previous checkpoint: checkpoints due while a write
      // is under way share the next read and write (the newest entry wins), so they never form a chain
      // of round trips that the final record must wait behind.
      pending.push(saveStoredBoard(run.ctx, run.board, entry).catch(() => undefined));
    },
    settled: async () => {
      await Promise.all(pending);
    },
    get written() {
      return written;
    },
  };
}
