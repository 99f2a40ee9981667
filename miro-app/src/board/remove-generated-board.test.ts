import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../tests/fixtures/sample-plan.ts';
import { createVirtualClock } from './board-clock.ts';
import { generateBoard } from './generate-board.ts';
import { listGeneratedBoards } from './read-board-snapshot.ts';
import { removeGeneratedBoard } from './remove-generated-board.ts';
import { createStandInBoard, type StandInFaults } from './stand-in/index.ts';

async function generated(faults?: StandInFaults) {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock, ...(faults ? { faults } : {}) });
  let n = 0;
  const opts = { clock, createId: () => `b${++n}`, placement: 'plan' as const };
  const first = await generateBoard(board, samplePlan(), opts);
  const second = await generateBoard(board, samplePlan(), opts);
  return { board, first, second, opts };
}

describe('removeGeneratedBoard', () => {
  it("removes every generated item of one board, keeps participants' notes and the other board", async () => {
    const { board, first, second, opts } = await generated();
    const note = board.inspect.seed(
      'sticky_note',
      { x: 300, y: 300, content: 'mine' },
      { parentId: first.frameId },
    );
    const [byHand] = board.inspect.items().filter((i) => i.type === 'shape' && i.parentId === first.frameId);
    await board.remove({ id: byHand?.id ?? '' });
    await removeGeneratedBoard(board, first.id, opts);
    const left = board.inspect.items();
    expect(left.filter((i) => i.id !== note.id)).toHaveLength(8);
    expect(
      left.every(
        (i) =>
          i.id === note.id ||
          i.id === second.frameId ||
          i.parentId === second.frameId ||
          i.type === 'connector',
      ),
    ).toBe(true);
    expect(board.inspect.item(note.id)).toMatchObject({ parentId: null, x: 300, y: 300 });
    await expect(listGeneratedBoards(board, opts)).resolves.toEqual([second]);
  });

  it('does nothing for an unknown id', async () => {
    const { board, opts } = await generated();
    board.inspect.resetStats();
    await removeGeneratedBoard(board, 'nope', opts);
    expect(board.inspect.stats().calls).toBe(1);
    expect(board.inspect.items()).toHaveLength(16);
  });

  it('keeps what resists in the record and says how much', async () => {
    const { board, first, opts } = await generated({ methods: ['remove'], onCall: { 3: 'permanent' } });
    const failure = await removeGeneratedBoard(board, first.id, { ...opts, concurrency: 1 }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 'permanent', boardId: first.id, leftOver: 1 });
    await expect(listGeneratedBoards(board, opts)).resolves.toHaveLength(2);
    await removeGeneratedBoard(board, first.id, opts);
    await expect(listGeneratedBoards(board, opts)).resolves.toHaveLength(1);
    expect(board.inspect.items()).toHaveLength(8);
  });
});
