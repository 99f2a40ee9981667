import type { BoardClock } from '../board-clock.ts';
import { type CreditWindow, callCredits, createCreditLedger } from '../credit-ledger.ts';
import { createFaultPlan, faultMessages } from './fault-plan.ts';
import { readMethods, type StandInFaults } from './stand-in-options.ts';

/** What the stand-in counted since the last reset: the benchmark and the tests read it. */
export interface StandInStats {
  calls: number;
  /** Read calls (get, getById, app data, storage get, metadata get, viewport get). */
  reads: number;
  credits: number;
  byMethod: Record<string, number>;
  rateLimitErrors: number;
  faults: { transient: number; permanent: number };
  maxInFlight: number;
}

export function emptyStats(): StandInStats {
  return {
    calls: 0,
    reads: 0,
    credits: 0,
    byMethod: {},
    rateLimitErrors: 0,
    faults: { transient: 0, permanent: 0 },
    maxInFlight: 0,
  };
}

export interface MeterOptions {
  clock: BoardClock;
  latencyMs: number | ((method: string) => number);
  windows: readonly CreditWindow[];
  faults: StandInFaults | undefined;
  /** The tab closes as this call (counted from 1) is made: see `StandInOptions.closeAtCall`. */
  closeAtCall?: number | undefined;
}

/** The answer to a call from a closed tab: it never comes. */
const never = <T>() => new Promise<T>(() => {});

function applyUnanswered<T>(effect: () => T): Promise<T> {
  try {
    effect();
  } catch {
    // Refused by the board: nobody is left to hear it.
  }
  return never();
}

/** Runs one board call the way Miro would: credits first, then latency, then maybe a fault, then the effect. */
export type MeteredCall = <T>(method: string, effect: () => T, cost?: number) => Promise<T>;

export function createMeter(options: MeterOptions): {
  call: MeteredCall;
  stats(): StandInStats;
  reset(): void;
  /** Whether the tab closed (`closeAtCall`). */
  closed(): boolean;
} {
  const ledger = createCreditLedger(options.windows);
  const faults = createFaultPlan(options.faults);
  const after = options.faults?.timing === 'after';
  let stats = emptyStats();
  let inFlight = 0;
  const minuteBudget = options.windows[0]?.credits ?? 0;
  let made = 0;
  let closed = false;

  async function call<T>(method: string, effect: () => T, cost: number = callCredits.call): Promise<T> {
    // A closed tab makes no more calls: nothing reaches the board, nothing answers.
    if (closed) return never();
    made += 1;
    if (made === options.closeAtCall) closed = true;
    stats.calls += 1;
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    if (readMethods.includes(method)) stats.reads += 1;
    inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    try {
      const latency = typeof options.latencyMs === 'function' ? options.latencyMs(method) : options.latencyMs;
      const overBudget = ledger.waitFor(options.clock.now(), cost) > 0;
      if (!overBudget) {
        ledger.charge(options.clock.now(), cost);
        stats.credits += cost;
      }
      await (latency > 0 ? options.clock.sleep(latency) : Promise.resolve());
      // Sent before the tab closed (or as it closed): the board applies it, but its answer is lost.
      if (closed) return applyUnanswered(effect);
      if (overBudget) {
        stats.rateLimitErrors += 1;
        throw new Error(
          `Rate limit exceeded: the app used its ${minuteBudget} credits for this period; wait for new credits before making more calls`,
        );
      }
      const fault = faults.next(method);
      if (fault) stats.faults[fault] += 1;
      if (fault && !after) throw new Error(faultMessages[fault]);
      const result = effect();
      if (fault) throw new Error(faultMessages[fault]);
      return result;
    } finally {
      inFlight -= 1;
    }
  }
  return {
    call,
    closed: () => closed,
    stats: () => structuredClone(stats),
    reset: () => {
      stats = emptyStats();
    },
  };
}
