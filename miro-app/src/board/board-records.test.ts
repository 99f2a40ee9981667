import { describe, expect, it } from 'vitest';
import type { GeneratedBoard } from '../../../shared/index.ts';
import { createVirtualClock } from './board-clock.ts';
import { readStoredBoards, restoreStoredBoards, type StoredBoard, saveStoredBoard } from './board-records.ts';
import { callContextFor } from './generation-run.ts';
import { createStandInBoard } from './stand-in/index.ts';

const record = (id: string): GeneratedBoard => ({
  id,
  templateId: 'theme-canvas',
  templateVersion: 1,
  locale: 'da',
  title: `Board ${id}`,
  frameId: `f-${id}`,
  createdAt: '2026-03-01T09:00:00.000Z',
});
const entry = (id: string): StoredBoard => ({
  record: record(id),
  items: [
    [`f-${id}`, 'frame'],
    ['z', 'zone', 'theme'],
  ],
  complete: true,
});

describe('board records', () => {
  it.each([
    ['nothing stored', undefined, []],
    ['another version', { v: 2, boards: [entry('a')] }, []],
    [
      'a malformed entry among good ones',
      { v: 1, boards: [entry('a'), { record: { id: 'x' } }, 'junk', entry('b')] },
      ['a', 'b'],
    ],
  ])('restores tolerantly: %s', (_name, value, ids) => {
    expect(restoreStoredBoards(value).map((stored) => stored.record.id)).toEqual(ids);
  });

  it('reads a board still being made, and one whose write-ahead list is broken loses only that list', () => {
    const expected = { offset: [10, 20], top: [['frame', '0badf00d', 600, 400, 1200, 800]], children: [] };
    const [made, broken] = restoreStoredBoards({
      v: 1,
      boards: [
        { ...entry('a'), complete: false, expected },
        { ...entry('b'), complete: false, expected: { top: 'junk' } },
      ],
    });
    expect(made).toMatchObject({ record: { id: 'a' }, complete: false, expected });
    expect(broken?.record.id).toBe('b');
    expect(broken?.expected).toBeUndefined();
  });

  it('keeps every record when many boards save at once, in fewer writes than saves', async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock, latencyMs: 50 });
    const ctx = callContextFor(board, { clock });
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => saveStoredBoard(ctx, board, entry(id))));
    expect((await readStoredBoards(ctx, board)).map((stored) => stored.record.id).sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(board.inspect.stats().byMethod['storage.set']).toBe(2);
  });
});
