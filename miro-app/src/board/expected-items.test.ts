import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../tests/fixtures/sample-plan.ts';
import { createVirtualClock } from './board-clock.ts';
import { expectedItems, findExpectedItems, textKey } from './expected-items.ts';
import { generateBoard } from './generate-board.ts';
import { createStandInBoard } from './stand-in/index.ts';

/** The sample plan generated at an offset (something already lies at the viewport's centre). */
async function generated() {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock });
  const blocker = board.inspect.seed('shape', { x: 0, y: 0, width: 2_000, height: 2_000 });
  await generateBoard(board, samplePlan(), { clock });
  const ours = board.inspect
    .items()
    .filter((item) => item.id !== blocker.id)
    .map((item) => item.id);
  return {
    board,
    ours,
    blocker,
    all: () => board.get({ type: ['frame', 'shape', 'text', 'sticky_note', 'connector'] }),
  };
}

const none = new Set<string>();

describe('findExpectedItems', () => {
  it('finds every item of the board from the plan alone, the offset inferred, connectors with their ends', async () => {
    const { ours, all } = await generated();
    const found = findExpectedItems(expectedItems(samplePlan()), await all(), none, none);
    expect([...found].sort()).toEqual([...ours].sort());
  });

  it('finds the children of a listed frame that was moved, by their place in it', async () => {
    const { board, ours, all } = await generated();
    const [frame] = await board.get({ type: 'frame' });
    if (frame?.type !== 'frame') throw new Error('no frame');
    frame.x += 5_000;
    await frame.sync();
    const found = findExpectedItems(expectedItems(samplePlan()), await all(), new Set([frame.id]), none);
    expect([...found].sort()).toEqual([...ours].sort());
  });

  it("leaves participants' notes, other records' items and whatever is not where the plan put it", async () => {
    const { board, ours, all, blocker } = await generated();
    const [frame] = await board.get({ type: 'frame' });
    const box = board.inspect.absoluteBox(frame?.id ?? '');
    const seed = board.inspect.items().find((item) => item.type === 'sticky_note');
    const seedBox = board.inspect.absoluteBox(seed?.id ?? '');
    // The same text elsewhere, and other text at the very place of the seed note.
    const copy = board.inspect.seed('sticky_note', {
      x: box.left - 500,
      y: box.top,
      content: '<p>Seed note</p>',
    });
    const mine = board.inspect.seed(
      'sticky_note',
      { x: seedBox.left + seedBox.width / 2, y: seedBox.top + seedBox.height / 2, content: '<p>Mine</p>' },
      { parentId: frame?.id ?? '' },
    );
    const other = ours.find((id) => id !== frame?.id && id !== seed?.id) ?? '';
    const found = findExpectedItems(expectedItems(samplePlan()), await all(), none, new Set([other]));
    for (const id of [copy.id, mine.id, blocker.id, other]) expect(found.has(id)).toBe(false);
    expect(found.has(seed?.id ?? '')).toBe(true);
  });

  it('uses the recorded offset over any guess', async () => {
    const { ours, all } = await generated();
    const expected = { ...expectedItems(samplePlan()), offset: [1, 1] as [number, number] };
    // A wrong offset finds nothing that is not listed: the record's word is final.
    expect(findExpectedItems(expected, await all(), none, none).size).toBe(0);
    expect(ours.length).toBeGreaterThan(0);
  });
});

describe('textKey', () => {
  it('ignores how whitespace is spaced, never the words', () => {
    expect(textKey('Zone left\nPut  notes here ')).toBe(textKey('Zone left Put notes here'));
    expect(textKey('Zone left')).not.toBe(textKey('Zone right'));
  });
});
