import type { BoardPlan, GeneratedSessionRecord } from '../../../shared/index.ts';
import { recordOf, type StoredBoard, saveStoredBoard } from './board-records.ts';
import { type ExpectedItems, expectedItems } from './expected-items.ts';
import type { GenerationRun } from './generation-run.ts';
import type { Point } from './plan-to-miro.ts';

/** Items created between two checkpoints of their ids (the write-ahead list covers the rest). */
export const checkpointEvery = 50;

export interface Checkpoints {
  /**
   * The write-ahead record: what the run is about to create, written before the first create (the
   * run awaits it) while the board is being placed, so nothing it makes is ever unlisted.
   */
  begin(): Promise<void>;
  /** The board's place is known: later checkpoints carry it. */
  placed(offset: Point): void;
  /** Called after each create: saves once every top-level item exists and every `checkpointEvery` items. */
  note(topLevel: boolean): void;
  /** Waits for the checkpoints written so far (a failed one is only a lost checkpoint). */
  settled(): Promise<void>;
  /** Whether a record reached (or may have reached) the board. */
  readonly written: boolean;
  /** The write-ahead list, with the board's offset once placed. */
  readonly expected: ExpectedItems;
}

/**
 * The run's progress as an incomplete board record. Membership is the record's alone (items carry no
 * metadata), so the record comes first: it lists the plan's items by type, text and place before any
 * exists (`expected-items.ts`), and checkpoints add the ids as they come (the removal then needs no
 * search for those, even if people move them). Each save is one read and one write in the record queue
 * (`updateStoredBoards`), which saves due while another is under way share.
 */
export function createCheckpoints(
  run: GenerationRun,
  plan: BoardPlan,
  now: () => Date,
  sessionInputs?: Omit<GeneratedSessionRecord, 'frames'>,
): Checkpoints {
  // A session's inputs name it in the Boards tab from the start; its block frames come with the complete record.
  const session = sessionInputs ? { ...sessionInputs, frames: [] } : undefined;
  const expected: ExpectedItems = expectedItems(plan);
  const topTotal = plan.items.filter((item) => item.parentId === null).length;
  let topMade = 0;
  let saved = 0;
  let written = false;
  const pending: Promise<void>[] = [];
  const entry = (): StoredBoard => {
    const items = run.refs();
    const frameId = items.find((ref) => ref[1] === 'frame')?.[0] ?? run.boardId;
    return {
      record: recordOf(plan, run.boardId, frameId, now, session),
      items,
      complete: false,
      expected: { ...expected },
    };
  };
  return {
    begin() {
      written = true;
      return saveStoredBoard(run.ctx, run.board, entry());
    },
    placed(offset) {
      expected.offset = [offset.x, offset.y];
    },
    note(topLevel) {
      if (topLevel) topMade += 1;
      const due = (topLevel && topMade === topTotal) || run.created.length - saved >= checkpointEvery;
      if (!due || run.error) return;
      saved = run.created.length;
      pending.push(saveStoredBoard(run.ctx, run.board, entry()).catch(() => undefined));
    },
    settled: async () => {
      await Promise.all(pending);
    },
    get written() {
      return written;
    },
    get expected() {
      return { ...expected };
    },
  };
}
