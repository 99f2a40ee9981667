import { describe, expect, it } from 'vitest';
import { createVirtualClock } from './board-clock.ts';
import { BoardError } from './board-error.ts';
import { createBoardLane, defaultLaneLimits, laneFor } from './board-lane.ts';

function tracker(clock: ReturnType<typeof createVirtualClock>, latency: number) {
  let inFlight = 0;
  let most = 0;
  const starts: number[] = [];
  const call = async () => {
    starts.push(clock.now());
    inFlight += 1;
    most = Math.max(most, inFlight);
    await clock.sleep(latency);
    inFlight -= 1;
  };
  return { call, starts, most: () => most };
}

describe('createBoardLane', () => {
  it('keeps at most `concurrency` calls in flight', async () => {
    const clock = createVirtualClock();
    const lane = createBoardLane(clock);
    const { call, most } = tracker(clock, 50);
    const limits = { ...defaultLaneLimits, concurrency: 5 };
    await Promise.all(Array.from({ length: 23 }, () => lane.run(call, { cost: 50, limits })));
    expect(most()).toBe(5);
    expect(clock.now()).toBe(5 * 50);
  });

  it('waits for credits instead of overrunning the minute budget', async () => {
    const clock = createVirtualClock();
    const lane = createBoardLane(clock);
    const { call, starts } = tracker(clock, 10);
    const limits = { ...defaultLaneLimits, creditsPerMinute: 200 };
    await Promise.all(Array.from({ length: 9 }, () => lane.run(call, { cost: 50, limits })));
    expect(starts).toEqual([0, 0, 0, 0, 60_000, 60_000, 60_000, 60_000, 120_000]);
  });

  it('cancels queued calls when the signal aborts, and lets running ones finish', async () => {
    const clock = createVirtualClock();
    const lane = createBoardLane(clock);
    const controller = new AbortController();
    const { call, starts } = tracker(clock, 50);
    const limits = { ...defaultLaneLimits, concurrency: 2 };
    const runs = Array.from({ length: 6 }, () =>
      lane.run(call, { cost: 50, limits, signal: controller.signal }),
    );
    controller.abort();
    const outcomes = await Promise.allSettled(runs);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'cancelled' });
    expect(starts).toHaveLength(2);
    await expect(lane.run(call, { cost: 50, limits, signal: controller.signal })).rejects.toBeInstanceOf(
      BoardError,
    );
  });

  it('fails a call that can never fit the budget, and frees the slot of a call that throws', async () => {
    const lane = createBoardLane(createVirtualClock());
    const limits = { ...defaultLaneLimits, creditsPerMinute: 100, concurrency: 1 };
    await expect(lane.run(async () => 1, { cost: 500, limits })).rejects.toMatchObject({ code: 'permanent' });
    const throwing = () => {
      throw new Error('sync');
    };
    await expect(lane.run(throwing, { cost: 50, limits })).rejects.toThrow('sync');
    await expect(lane.run(async () => 2, { cost: 50, limits })).resolves.toBe(2);
  });

  it('starts urgent calls before queued ones', async () => {
    const clock = createVirtualClock();
    const lane = createBoardLane(clock);
    const order: string[] = [];
    const limits = { ...defaultLaneLimits, concurrency: 1 };
    const call = (name: string) => async () => {
      order.push(name);
      await clock.sleep(10);
    };
    const runs = ['a', 'b', 'c'].map((name) => lane.run(call(name), { cost: 50, limits }));
    runs.push(lane.run(call('urgent'), { cost: 50, limits, urgent: true }));
    await Promise.all(runs);
    expect(order).toEqual(['a', 'urgent', 'b', 'c']);
  });

  it('shares one lane per board and clock', () => {
    const board = {};
    const clock = createVirtualClock();
    expect(laneFor(board, clock)).toBe(laneFor(board, clock));
    expect(laneFor({}, clock)).not.toBe(laneFor(board, clock));
  });
});
