/** One rate-limit window: at most `credits` spent in any `windowMs` milliseconds. */
export interface CreditWindow {
  windowMs: number;
  credits: number;
}

/** Miro's Web SDK limits per user: 100,000 credits a minute and 1,000,000 an hour. */
export const miroCreditWindows: readonly CreditWindow[] = [
  { windowMs: 60_000, credits: 100_000 },
  { windowMs: 3_600_000, credits: 1_000_000 },
];

/** What a call costs: 50 credits for most calls, 500 for `get` [unverified]. */
export const callCredits = { call: 50, get: 500 } as const;

/** Credits spent over sliding windows; the stand-in meters with it and the generator budgets with it. */
export interface CreditLedger {
  /**
   * Milliseconds until `cost` more credits fit in every window (0: now; Infinity: never).
   * `credits` overrides the windows' budgets, in the same order.
   */
  waitFor(now: number, cost: number, credits?: readonly number[]): number;
  charge(now: number, cost: number): void;
  /** Credits spent in the window of this length that ends now. */
  spent(now: number, windowMs: number): number;
}

interface WindowState extends CreditWindow {
  start: number;
  sum: number;
}

export function createCreditLedger(windows: readonly CreditWindow[]): CreditLedger {
  const at: number[] = [];
  const cost: number[] = [];
  const states: WindowState[] = windows.map((window) => ({ ...window, start: 0, sum: 0 }));
  let offset = 0; // entries dropped from the front of the arrays

  function advance(now: number): void {
    for (const state of states) {
      while (state.start - offset < at.length && (at[state.start - offset] ?? 0) <= now - state.windowMs) {
        state.sum -= cost[state.start - offset] ?? 0;
        state.start += 1;
      }
    }
    // Drop what every window has passed, in batches so the arrays do not shift on each call.
    const oldest = Math.min(...states.map((state) => state.start));
    if (oldest - offset > 1024) {
      at.splice(0, oldest - offset);
      cost.splice(0, oldest - offset);
      offset = oldest;
    }
  }

  function waitIn(state: WindowState, now: number, extra: number, budget: number): number {
    const excess = state.sum + extra - budget;
    if (excess <= 0) return 0;
    if (extra > budget) return Number.POSITIVE_INFINITY;
    let freed = 0;
    for (let i = state.start - offset; i < at.length; i += 1) {
      freed += cost[i] ?? 0;
      if (freed >= excess) return (at[i] ?? now) + state.windowMs - now;
    }
    return Number.POSITIVE_INFINITY;
  }

  return {
    waitFor(now, extra, credits) {
      advance(now);
      return Math.max(
        0,
        ...states.map((state, i) => waitIn(state, now, extra, credits?.[i] ?? state.credits)),
      );
    },
    charge(now, extra) {
      advance(now);
      at.push(now);
      cost.push(extra);
      for (const state of states) state.sum += extra;
    },
    spent(now, windowMs) {
      advance(now);
      let sum = 0;
      for (let i = at.length - 1; i >= 0 && (at[i] ?? 0) > now - windowMs; i -= 1) sum += cost[i] ?? 0;
      return sum;
    },
  };
}
