import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../board-clock.ts';
import { createStandInBoard } from './index.ts';

const note = (n: number) => ({ x: n * 300, y: 0, content: `<p>${n}</p>` });

describe('the stand-in closing its tab (closeAtCall)', () => {
  it('applies the closing call and those under way, answers none of them, and takes no later call', async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock, latencyMs: 50, closeAtCall: 3 });
    const answered: number[] = [];
    void board.createStickyNote(note(1)).then(() => answered.push(1));
    void board.createStickyNote(note(2)).then(() => answered.push(2));
    void board.createStickyNote(note(3)).then(() => answered.push(3));
    expect(board.inspect.closed()).toBe(true);
    void board.createStickyNote(note(4)).then(() => answered.push(4));
    await clock.sleep(500);
    expect(board.inspect.items().map((item) => item.content)).toEqual(['<p>1</p>', '<p>2</p>', '<p>3</p>']);
    expect(answered).toEqual([]);
    expect(board.inspect.stats().calls).toBe(3);
  });

  it('reopens as the same board in a new tab that answers', async () => {
    const board = createStandInBoard({ closeAtCall: 1 });
    void board.createStickyNote(note(1));
    // After the close: it never reaches the board.
    void board.storage.collection('c').set('k', 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(board.inspect.storage('c')).toEqual({});
    const tab = board.inspect.reopen();
    expect(tab.inspect.closed()).toBe(false);
    const [made] = await tab.get({ type: 'sticky_note' });
    expect(made).toMatchObject({ content: '<p>1</p>' });
    await tab.storage.collection('c').set('k', 2);
    await expect(tab.storage.collection('c').get('k')).resolves.toBe(2);
    expect(board.inspect.storage('c')).toEqual({ k: 2 });
  });
});
