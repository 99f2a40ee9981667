import { sleepUnlessAborted } from './board-clock.ts';
import { type BoardError, isRetryable, toBoardError } from './board-error.ts';
import type { BoardLane, LaneLimits } from './board-lane.ts';
import { cancelledError } from './board-lane.ts';

/** Back-off for rate-limit and transient failures: exponential, with jitter. */
export interface RetryOptions {
  /** Further attempts after the first (default 6). */
  retries?: number;
  /** First back-off after a transient failure, ms (default 250). */
  baseDelayMs?: number;
  /** First back-off after a rate-limit error, ms (default 5,000: credits come back by the minute). */
  rateLimitDelayMs?: number;
  maxDelayMs?: number;
  /** Jitter source in [0, 1); injectable for tests. */
  random?: () => number;
}

export const defaultRetry: Required<RetryOptions> = {
  retries: 6,
  baseDelayMs: 250,
  rateLimitDelayMs: 5_000,
  maxDelayMs: 30_000,
  random: Math.random,
};

/** Everything a call needs besides itself: the board's lane, this operation's limits, retry, cancel. */
export interface CallContext {
  lane: BoardLane;
  limits: LaneLimits;
  retry: Required<RetryOptions>;
  signal?: AbortSignal | undefined;
  /** Told of every failed attempt, retried or not. */
  onFailure?: (error: BoardError) => void;
  /** Told when Miro's rate limit pauses this operation (the wait in ms), and with 0 when it resumes. */
  onPause?: ((waitMs: number) => void) | undefined;
}

/** The wait before attempt `attempt + 1`: full jitter for transient failures, half jitter for rate limits. */
export function backoffDelay(error: BoardError, attempt: number, retry: Required<RetryOptions>): number {
  const base = error.code === 'rate-limit' ? retry.rateLimitDelayMs : retry.baseDelayMs;
  const ceiling = Math.min(retry.maxDelayMs, base * 2 ** attempt);
  return error.code === 'rate-limit' ? ceiling * (0.5 + retry.random() / 2) : ceiling * retry.random();
}

/**
 * One board call through the lane, retried on rate-limit and transient errors; throws a BoardError.
 * `urgent` puts it before queued calls (see `BoardLane.run`).
 */
export async function callBoard<T>(
  ctx: CallContext,
  cost: number,
  call: () => Promise<T>,
  urgent = false,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await ctx.lane.run(call, { cost, limits: ctx.limits, signal: ctx.signal, urgent });
    } catch (raw) {
      const error = toBoardError(raw);
      ctx.onFailure?.(error);
      if (!isRetryable(error) || attempt >= ctx.retry.retries) throw error;
      const delay = backoffDelay(error, attempt, ctx.retry);
      const paused = error.code === 'rate-limit' && ctx.onPause !== undefined;
      if (paused) ctx.onPause?.(delay);
      try {
        await sleepUnlessAborted(ctx.lane.clock, delay, ctx.signal);
      } finally {
        if (paused) ctx.onPause?.(0);
      }
      if (ctx.signal?.aborted) throw cancelledError();
    }
  }
}
