import { describe, expect, it } from 'vitest';
import { createVirtualClock } from './board-clock.ts';
import { BoardError } from './board-error.ts';
import { createBoardLane, defaultLaneLimits } from './board-lane.ts';
import { backoffDelay, type CallContext, callBoard, defaultRetry } from './call-board.ts';

function context(
  random = () => 0.5,
  retries = 3,
): CallContext & { clock: ReturnType<typeof createVirtualClock> } {
  const clock = createVirtualClock();
  return {
    clock,
    lane: createBoardLane(clock),
    limits: defaultLaneLimits,
    retry: { ...defaultRetry, random, retries },
  };
}

/** A call that fails with these messages, in turn, then succeeds. */
function flaky(messages: string[]) {
  let calls = 0;
  const call = async () => {
    const message = messages[calls];
    calls += 1;
    if (message) throw new Error(message);
    return 'done';
  };
  return { call, calls: () => calls };
}

describe('backoffDelay', () => {
  const retry = { ...defaultRetry, random: () => 1 - Number.EPSILON };
  it.each([
    ['transient', 0, 250],
    ['transient', 3, 2_000],
    ['transient', 10, 30_000],
    ['rate-limit', 0, 5_000],
    ['rate-limit', 2, 20_000],
    ['rate-limit', 9, 30_000],
  ] as const)('%s after %i failures waits up to %i ms', (code, attempt, ceiling) => {
    expect(backoffDelay(new BoardError(code, 'x'), attempt, retry)).toBeCloseTo(ceiling, 5);
    const low = backoffDelay(new BoardError(code, 'x'), attempt, { ...retry, random: () => 0 });
    expect(low).toBe(code === 'rate-limit' ? ceiling / 2 : 0);
  });
});

describe('callBoard', () => {
  it('retries transient and rate-limit failures with back-off, then succeeds', async () => {
    const ctx = context();
    const failures: string[] = [];
    const { call, calls } = flaky(['request timed out', 'Rate limit exceeded', 'network down']);
    await expect(callBoard({ ...ctx, onFailure: (e) => failures.push(e.code) }, 50, call)).resolves.toBe(
      'done',
    );
    expect(calls()).toBe(4);
    expect(failures).toEqual(['transient', 'rate-limit', 'transient']);
    // 0.5 × 250, then 5,000 × 2 × 0.75, then 0.5 × 1,000.
    expect(ctx.clock.now()).toBe(125 + 7_500 + 500);
  });

  it('does not retry a permanent failure', async () => {
    const { call, calls } = flaky(['Invalid value for "x"']);
    await expect(callBoard(context(), 50, call)).rejects.toMatchObject({ code: 'permanent' });
    expect(calls()).toBe(1);
  });

  it('gives up after the last retry with the last failure', async () => {
    const { call, calls } = flaky(['timed out', 'timed out', 'timed out', 'timed out', 'timed out']);
    await expect(callBoard(context(undefined, 3), 50, call)).rejects.toMatchObject({ code: 'transient' });
    expect(calls()).toBe(4);
  });

  it('stops waiting for a retry when cancelled', async () => {
    const ctx = context();
    const controller = new AbortController();
    const { call, calls } = flaky(['Rate limit exceeded', 'Rate limit exceeded']);
    // Cancelled while backing off from the first failure: no second attempt, no 3.75 s wait.
    const cancelling = { ...ctx, signal: controller.signal, onFailure: () => controller.abort() };
    await expect(callBoard(cancelling, 50, call)).rejects.toMatchObject({ code: 'cancelled' });
    expect(calls()).toBe(1);
    expect(ctx.clock.now()).toBe(0);
  });
});
