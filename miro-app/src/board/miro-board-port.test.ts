import type { Board } from '@mirohq/websdk-types';
import { describe, expect, it } from 'vitest';
import { createMiroBoardPort } from './miro-board-port.ts';
import { createStandInBoard } from './stand-in/index.ts';

/** A recording fake of `miro.board`: each method answers with its own name and arguments. */
function fakeBoard() {
  const calls: [string, unknown[]][] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push([name, args]);
      return { name, id: 'x' };
    };
  const methods = [
    'createFrame',
    'createShape',
    'createText',
    'createStickyNote',
    'createConnector',
    'get',
    'getById',
    'remove',
    'findEmptySpace',
    'getAppData',
    'setAppData',
  ];
  const fake = Object.fromEntries(methods.map((name) => [name, record(name)]));
  const board = {
    ...fake,
    storage: {
      collection: (name: string) => ({
        get: record(`storage.get:${name}`),
        set: record(`storage.set:${name}`),
        remove: record(`storage.remove:${name}`),
      }),
    },
    viewport: { get: record('viewport.get'), zoomTo: record('viewport.zoomTo') },
    notifications: { showInfo: record('showInfo'), showError: record('showError') },
    ui: { on: record('ui.on'), off: record('ui.off') },
    canUse: record('canUse'),
    timer: { get: record('timer.get'), start: record('timer.start'), stop: record('timer.stop') },
  };
  // The test's one cast: a plain object standing in for the SDK's class-based board.
  return { board: board as unknown as Board, calls };
}

describe('createMiroBoardPort', () => {
  it('hands every port call to the same-named SDK call, arguments unchanged', async () => {
    const { board, calls } = fakeBoard();
    const port = createMiroBoardPort(board);
    const item = await createStandInBoard().createText({});
    const handler = () => {};
    await port.createFrame({ title: 'f' });
    await port.createShape({ shape: 'rhombus' });
    await port.createText({ content: 't' });
    await port.createStickyNote({ content: 's' });
    await port.createConnector({ start: { item: 'a' }, end: { item: 'b' } });
    await port.get({ type: ['frame'] });
    await port.getById('i1');
    await port.remove(item);
    await port.findEmptySpace({ x: 0, y: 0, width: 1, height: 1 });
    await port.getAppData('k');
    await port.setAppData('k', 1);
    await port.storage.collection('netverk').set('boards', { v: 1 });
    await port.viewport.zoomTo([item, item]);
    await port.notifications.showError('no');
    await port.ui.on('items:create', handler);
    expect(calls.map(([name]) => name)).toEqual([
      'createFrame',
      'createShape',
      'createText',
      'createStickyNote',
      'createConnector',
      'get',
      'getById',
      'remove',
      'findEmptySpace',
      'getAppData',
      'setAppData',
      'storage.set:netverk',
      'viewport.zoomTo',
      'showError',
      'ui.on',
    ]);
    expect(calls[7]?.[1]).toEqual([item]);
    expect(calls[12]?.[1]).toEqual([[item, item]]);
    expect(calls[14]?.[1]).toEqual(['items:create', handler]);
  });

  it('hands canUse and the timer to miro.board, durations unchanged', async () => {
    const { board, calls } = fakeBoard();
    const port = createMiroBoardPort(board);
    await port.canUse('timer');
    await port.timer.start(90_000);
    await port.timer.get();
    await port.timer.stop();
    expect(calls).toEqual([
      ['canUse', ['timer']],
      ['timer.start', [90_000]],
      ['timer.get', []],
      ['timer.stop', []],
    ]);
  });
});
