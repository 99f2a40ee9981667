import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../board-clock.ts';
import { createStandInBoard } from './create-stand-in-board.ts';

function timedBoard(features = {}) {
  const clock = createVirtualClock();
  return { clock, board: createStandInBoard({ clock, features }) };
}

describe('the stand-in board timer', () => {
  it('runs down from start(ms) on the board clock and stands stopped at 0 when it ends', async () => {
    const { clock, board } = timedBoard();
    expect(await board.timer.get()).toEqual({ status: 'STOPPED', restDuration: 0, totalDuration: 0 });
    expect(await board.timer.start(5 * 60_000)).toEqual({
      status: 'STARTED',
      restDuration: 300_000,
      totalDuration: 300_000,
    });
    await clock.sleep(60_000);
    expect(await board.timer.get()).toEqual({
      status: 'STARTED',
      restDuration: 240_000,
      totalDuration: 300_000,
    });
    expect(board.inspect.timer().restDuration).toBe(240_000);
    await clock.sleep(240_000);
    expect(await board.timer.get()).toEqual({ status: 'STOPPED', restDuration: 0, totalDuration: 300_000 });
    // A finished timer can be started again for the next block.
    expect((await board.timer.start(1_000)).status).toBe('STARTED');
  });

  it('stop() ends a running timer; the change reaches the inspector and its listeners', async () => {
    const { clock, board } = timedBoard();
    let changes = 0;
    board.inspect.onChange(() => {
      changes += 1;
    });
    await board.timer.start(10_000);
    await clock.sleep(4_000);
    expect(await board.timer.stop()).toEqual({ status: 'STOPPED', restDuration: 0, totalDuration: 10_000 });
    expect(board.inspect.timer().status).toBe('STOPPED');
    expect(changes).toBe(2);
    expect(board.inspect.stats().byMethod).toMatchObject({ 'timer.start': 1, 'timer.stop': 1 });
  });

  it.each([0, -1_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '60000', undefined])(
    'start(%j) is refused like the SDK: whole milliseconds greater than 0',
    async (duration) => {
      const { board } = timedBoard();
      await expect(board.timer.start(duration as number)).rejects.toThrow(/whole number of milliseconds/);
      expect(board.inspect.timer().status).toBe('STOPPED');
    },
  );

  it('[unverified] refuses a second start while running and a stop when nothing runs', async () => {
    const { board } = timedBoard();
    await expect(board.timer.stop()).rejects.toThrow(/not running/);
    await board.timer.start(60_000);
    await expect(board.timer.start(30_000)).rejects.toThrow(/already running/);
    expect(board.inspect.timer().totalDuration).toBe(60_000);
  });

  it('canUse answers from the plan; without the timer every timer call is refused', async () => {
    const paid = timedBoard().board;
    expect(await paid.canUse('timer')).toBe(true);
    const free = timedBoard({ timer: false }).board;
    expect(await free.canUse('timer')).toBe(false);
    expect(await free.canUse('voting')).toBe(true);
    await expect(free.timer.start(60_000)).rejects.toThrow(/paid Miro plan/);
    await expect(free.timer.get()).rejects.toThrow(/paid Miro plan/);
    await expect(free.timer.stop()).rejects.toThrow(/paid Miro plan/);
    await expect(free.canUse('teleport' as 'timer')).rejects.toThrow(/Unknown board feature/);
  });

  it('timer calls cost credits and can fail like other writes', async () => {
    const board = createStandInBoard({ faults: { onCall: { 1: 'transient' } } });
    await expect(board.timer.start(60_000)).rejects.toThrow(/timed out/);
    expect(board.inspect.timer().status).toBe('STOPPED');
    expect((await board.timer.start(60_000)).status).toBe('STARTED');
    expect(board.inspect.stats().credits).toBe(100);
  });
});

describe('the stand-in timer: pause, resume, prolong and events', () => {
  it('pauses and resumes where it stood, prolongs by whole ms, and tells start, update and finish', async () => {
    const { clock, board } = timedBoard();
    const events: string[] = [];
    for (const name of ['start', 'update', 'finish'] as const)
      board.timer.on(name, ({ timer }) => events.push(`${name}:${timer.status}:${timer.restDuration}`));
    expect(await board.timer.isStarted()).toBe(false);
    await board.timer.start(10_000);
    expect(await board.timer.isStarted()).toBe(true);
    await clock.sleep(4_000);
    expect(await board.timer.pause()).toEqual({
      status: 'PAUSED',
      restDuration: 6_000,
      totalDuration: 10_000,
    });
    await clock.sleep(60_000);
    // Paused: time stands still, and it is still "started" for isStarted (one timer on the board).
    expect((await board.timer.get()).restDuration).toBe(6_000);
    expect(await board.timer.isStarted()).toBe(true);
    expect(await board.timer.prolong(60_000)).toEqual({
      status: 'PAUSED',
      restDuration: 66_000,
      totalDuration: 70_000,
    });
    await board.timer.resume();
    await clock.sleep(6_000);
    expect((await board.timer.get()).restDuration).toBe(60_000);
    await clock.sleep(60_000);
    expect(await board.timer.get()).toEqual({ status: 'STOPPED', restDuration: 0, totalDuration: 70_000 });
    expect(events).toEqual([
      'start:STARTED:10000',
      'update:PAUSED:6000',
      'update:PAUSED:66000',
      'update:STARTED:66000',
      'finish:STOPPED:0',
    ]);
  });

  it('a stopped or prolonged run never finishes at its old end', async () => {
    const { clock, board } = timedBoard();
    const finished: number[] = [];
    board.timer.on('finish', ({ timer }) => finished.push(timer.totalDuration));
    await board.timer.start(5_000);
    await board.timer.prolong(5_000);
    await clock.sleep(6_000);
    expect(finished).toEqual([]);
    await board.timer.stop();
    await clock.sleep(10_000);
    expect(finished).toEqual([]);
    await board.timer.start(1_000);
    await clock.sleep(1_000);
    expect(finished).toEqual([1_000]);
  });

  it('[unverified] is strict: pause only when running, resume only when paused, no start while paused', async () => {
    const { board } = timedBoard();
    await expect(board.timer.pause()).rejects.toThrow(/not running/);
    await expect(board.timer.resume()).rejects.toThrow(/not paused/);
    await expect(board.timer.prolong(1_000)).rejects.toThrow(/not running/);
    await board.timer.start(60_000);
    await expect(board.timer.resume()).rejects.toThrow(/not paused/);
    await expect(board.timer.prolong(1.5)).rejects.toThrow(/whole number of milliseconds/);
    await board.timer.pause();
    await expect(board.timer.start(30_000)).rejects.toThrow(/already running/);
    await expect(board.timer.pause()).rejects.toThrow(/not running/);
    expect((await board.timer.stop()).status).toBe('STOPPED');
    expect(() => board.timer.on('tick' as 'start', () => undefined)).toThrow(/Unknown timer event/);
  });
});
