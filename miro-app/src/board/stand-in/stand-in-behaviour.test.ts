import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../board-clock.ts';
import type { PortItem } from '../board-port.ts';
import { createStandInBoard } from './create-stand-in-board.ts';
import { faultMessages } from './fault-plan.ts';

async function frameWithSticky(switches = {}) {
  const board = createStandInBoard({ switches });
  const frame = await board.createFrame({ x: 500, y: 400, width: 1000, height: 800 });
  const sticky = await board.createStickyNote({ x: 300, y: 200 });
  return { board, frame, sticky };
}

describe('frames', () => {
  it('frame.add makes coordinates relative to the frame top-left and keeps the place on the board', async () => {
    const { board, frame, sticky } = await frameWithSticky();
    const child = await frame.add(sticky);
    expect(child).toMatchObject({ parentId: frame.id, relativeTo: 'parent_top_left', x: 300, y: 200 });
    expect(board.inspect.item(frame.id)?.childrenIds).toEqual([sticky.id]);
    const box = board.inspect.absoluteBox(sticky.id);
    expect(box.left + box.width / 2).toBe(300);
  });

  it('frame.add rejects an item outside the frame, a frame and a connector', async () => {
    const { board, frame } = await frameWithSticky();
    const far = await board.createStickyNote({ x: 5_000, y: 0 });
    await expect(frame.add(far)).rejects.toThrow(/lies outside frame/);
    const other = await board.createFrame({ x: 100, y: 100 });
    await expect(frame.add(other)).rejects.toThrow(/a frame cannot be added/);
  });

  it('moving a frame moves its children; shrinking it past a child throws', async () => {
    const { board, frame, sticky } = await frameWithSticky();
    await frame.add(sticky);
    frame.x = 1500;
    await frame.sync();
    expect(board.inspect.absoluteBox(sticky.id).left).toBeCloseTo(1300 - 199 / 2);
    frame.width = 200;
    await expect(frame.sync()).rejects.toThrow(/child item would fall outside/);
  });

  it.each([
    [false, 1],
    [true, 0],
  ])(
    'removing a frame (children removed too: %s) leaves %i items',
    async (removeFrameRemovesChildren, left) => {
      const { board, frame, sticky } = await frameWithSticky({ removeFrameRemovesChildren });
      await frame.add(sticky);
      await board.remove(frame);
      expect(board.inspect.items()).toHaveLength(left);
      if (left) expect(board.inspect.item(sticky.id)).toMatchObject({ parentId: null, x: 300, y: 200 });
    },
  );

  it('parents items created inside a frame only when the switch says so', async () => {
    for (const autoParentOnCreate of [false, true]) {
      const { board, sticky } = await frameWithSticky({ autoParentOnCreate });
      expect(board.inspect.item(sticky.id)?.parentId !== null).toBe(autoParentOnCreate);
    }
  });

  it('rejects frame metadata when the switch says so', async () => {
    const { frame } = await frameWithSticky({ frameRejectsMetadata: true });
    await expect(frame.setMetadata('netverk', 1)).rejects.toThrow(/not supported for frame/);
  });
});

describe('connectors and events', () => {
  it('removing an end removes the connector, and both arrive in items:delete', async () => {
    const board = createStandInBoard();
    const created: string[] = [];
    const deleted: string[] = [];
    board.ui.on('items:create', ({ items }) => created.push(...items.map((i) => i.type)));
    board.ui.on('items:delete', ({ items }) => deleted.push(...items.map((i) => i.type)));
    const a = await board.createShape({});
    const b = await board.createShape({ x: 300 });
    await board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    await board.remove(a);
    expect(created).toEqual(['shape', 'shape', 'connector']);
    expect(deleted).toEqual(['shape', 'connector']);
    expect(board.inspect.items().map((i) => i.type)).toEqual(['shape']);
    await expect(board.remove(a)).rejects.toThrow(/not found/);
  });

  it('tells change listeners about every change, until unsubscribed', async () => {
    const board = createStandInBoard();
    let changes = 0;
    const stop = board.inspect.onChange(() => {
      changes += 1;
    });
    await board.createText({});
    stop();
    await board.createText({});
    expect(changes).toBe(1);
  });
});

describe('credits and faults', () => {
  it('rejects with a rate-limit error once the minute budget is spent, and recovers a minute later', async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock, creditWindows: [{ windowMs: 60_000, credits: 500 }] });
    for (let i = 0; i < 10; i += 1) await board.createText({});
    await expect(board.createText({})).rejects.toThrow(/Rate limit exceeded/);
    await clock.sleep(60_000);
    await expect(board.createText({})).resolves.toMatchObject({ type: 'text' });
    expect(board.inspect.stats()).toMatchObject({ calls: 12, credits: 550, rateLimitErrors: 1 });
  });

  it('charges 500 credits for a get and counts it as a read', async () => {
    const board = createStandInBoard();
    await board.get({ type: 'sticky_note' });
    expect(board.inspect.stats()).toMatchObject({ credits: 500, reads: 1 });
  });

  it('fails the Nth write with the kind asked for', async () => {
    const board = createStandInBoard({ faults: { onCall: { 2: 'permanent', 3: 'transient' } } });
    await board.createText({});
    await expect(board.createText({})).rejects.toThrow(faultMessages.permanent);
    await expect(board.createText({})).rejects.toThrow(faultMessages.transient);
    await board.get({ type: 'text' });
    expect(board.inspect.items()).toHaveLength(1);
  });

  it('repeats the same faults for the same seed', async () => {
    async function run() {
      const board = createStandInBoard({ faults: { transientRate: 0.3, seed: 7 } });
      const outcomes: boolean[] = [];
      for (let i = 0; i < 40; i += 1)
        outcomes.push(
          await board.createText({}).then(
            () => true,
            () => false,
          ),
        );
      return outcomes;
    }
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter((ok) => !ok).length).toBeGreaterThan(4);
  });

  it('can fail after the effect, leaving the item on the board', async () => {
    const board = createStandInBoard({ faults: { onCall: { 1: 'transient' }, timing: 'after' } });
    await expect(board.createText({})).rejects.toThrow(/timed out/);
    expect(board.inspect.items()).toHaveLength(1);
  });

  it('counts calls in flight under latency', async () => {
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock, latencyMs: 50 });
    await Promise.all(Array.from({ length: 30 }, () => board.createText({})));
    expect(board.inspect.stats().maxInFlight).toBe(30);
    expect(clock.now()).toBe(50);
  });
});

describe('space, viewport and storage', () => {
  it('finds empty space away from items and zooms to items', async () => {
    const board = createStandInBoard();
    const shape = await board.createShape({ x: 0, y: 0, width: 400, height: 400 });
    const space = await board.findEmptySpace({ x: 0, y: 0, width: 400, height: 400, offset: 50 });
    expect(Math.abs(space.x) >= 450 || Math.abs(space.y) >= 450).toBe(true);
    await board.viewport.zoomTo(shape as PortItem);
    const view = await board.viewport.get();
    expect(view.x).toBeLessThan(-200);
    expect(view.x + view.width).toBeGreaterThan(200);
  });

  it('keeps storage values per collection and enforces the size switch', async () => {
    const board = createStandInBoard({ switches: { storageValueMaxBytes: 20 } });
    const records = board.storage.collection('netverk');
    await records.set('a', { v: 1 });
    await expect(records.get('a')).resolves.toEqual({ v: 1 });
    await expect(board.storage.collection('other').get('a')).resolves.toBeUndefined();
    await expect(records.set('b', 'x'.repeat(30))).rejects.toThrow(/limit of 20 bytes/);
    await records.remove('a');
    expect(board.inspect.storage('netverk')).toEqual({});
  });

  it('seeds items for free, as a participant would add them', async () => {
    const board = createStandInBoard();
    const frame = board.inspect.seed('frame', { x: 0, y: 0, width: 400, height: 400 });
    const note = board.inspect.seed('sticky_note', { x: 50, y: 50, content: 'hi' }, { parentId: frame.id });
    expect(note).toMatchObject({ parentId: frame.id, x: 250, y: 250 });
    expect(board.inspect.stats().calls).toBe(0);
  });
});

describe('change listeners', () => {
  it('hear storage writes too, so a view of the board sees new records', async () => {
    const board = createStandInBoard();
    let changes = 0;
    board.inspect.onChange(() => {
      changes += 1;
    });
    await board.storage.collection('netverk').set('boards', { v: 1 });
    await board.storage.collection('netverk').remove('boards');
    expect(changes).toBe(2);
  });
});
