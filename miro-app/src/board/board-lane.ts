import type { BoardClock } from './board-clock.ts';
import { BoardError } from './board-error.ts';
import { createCreditLedger, miroCreditWindows } from './credit-ledger.ts';

/** Limits one operation asks of the lane; calls of several operations share the lane's counters. */
export interface LaneLimits {
  /** Calls in flight at once; about 24 is what a board renders smoothly. */
  concurrency: number;
  creditsPerMinute: number;
  creditsPerHour: number;
}

/**
 * Calls in flight while generating: one public app measured about 24 as the most a board renders
 * smoothly. The panel and the benchmarks use this one number, so the bench measures what people get.
 */
export const generationConcurrency = 24;

export const defaultLaneLimits: LaneLimits = {
  concurrency: generationConcurrency,
  creditsPerMinute: 100_000,
  creditsPerHour: 1_000_000,
};

interface Queued {
  cost: number;
  limits: LaneLimits;
  signal: AbortSignal | undefined;
  start(): void;
  fail(error: BoardError): void;
}

/** A FIFO of board calls under a concurrency cap and a credit budget over sliding windows. */
export interface BoardLane {
  readonly clock: BoardClock;
  /**
   * Runs `call` once a slot and the credits are free; rejects `cancelled` if `signal` aborts first.
   * `urgent` calls go before the others: steps that other work waits on (placing a board).
   */
  run<T>(
    call: () => Promise<T>,
    options: { cost: number; limits: LaneLimits; signal?: AbortSignal | undefined; urgent?: boolean },
  ): Promise<T>;
}

export function cancelledError(): BoardError {
  return new BoardError('cancelled', 'The operation was cancelled');
}

export function createBoardLane(clock: BoardClock): BoardLane {
  const ledger = createCreditLedger(miroCreditWindows);
  const urgentQueue: Queued[] = [];
  const normalQueue: Queued[] = [];
  const head = () => urgentQueue[0] ?? normalQueue[0];
  const take = () => (urgentQueue.length > 0 ? urgentQueue.shift() : normalQueue.shift());
  function drop(entry: Queued): void {
    for (const queue of [urgentQueue, normalQueue]) {
      const at = queue.indexOf(entry);
      if (at >= 0) queue.splice(at, 1);
    }
  }
  let inFlight = 0;
  let waking = false;

  function wake(ms: number): void {
    if (waking) return;
    waking = true;
    void clock.sleep(ms).then(() => {
      waking = false;
      pump();
    });
  }

  function pump(): void {
    for (let next = head(); next; next = head()) {
      if (inFlight >= next.limits.concurrency) return;
      const budget = [next.limits.creditsPerMinute, next.limits.creditsPerHour];
      const wait = ledger.waitFor(clock.now(), next.cost, budget);
      if (wait === Number.POSITIVE_INFINITY) {
        take();
        next.fail(new BoardError('permanent', `A call of ${next.cost} credits exceeds the credit budget`));
        continue;
      }
      if (wait > 0) {
        wake(wait);
        return;
      }
      take();
      ledger.charge(clock.now(), next.cost);
      inFlight += 1;
      next.start();
    }
  }

  // One abort listener per signal, not per call: a generation queues hundreds of calls on one signal.
  const watched = new WeakMap<AbortSignal, Set<Queued>>();
  function watch(signal: AbortSignal | undefined, entry: Queued): void {
    if (!signal) return;
    let entries = watched.get(signal);
    if (!entries) {
      const set = new Set<Queued>();
      entries = set;
      watched.set(signal, set);
      signal.addEventListener(
        'abort',
        () => {
          for (const waiting of set) {
            drop(waiting);
            waiting.fail(cancelledError());
          }
          set.clear();
        },
        { once: true },
      );
    }
    entries.add(entry);
  }
  const unwatch = (entry: Queued) => entry.signal && watched.get(entry.signal)?.delete(entry);

  return {
    clock,
    run(call, { cost, limits, signal, urgent = false }) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(cancelledError());
        const entry: Queued = {
          cost,
          limits,
          signal,
          start: () => {
            unwatch(entry);
            // A call that throws before returning its promise still frees its slot.
            Promise.resolve()
              .then(call)
              .then(resolve, reject)
              .finally(() => {
                inFlight -= 1;
                pump();
              });
          },
          fail: (error) => {
            unwatch(entry);
            reject(error);
          },
        };
        watch(signal, entry);
        (urgent ? urgentQueue : normalQueue).push(entry);
        pump();
      });
    },
  };
}

const lanes = new WeakMap<object, BoardLane>();

/**
 * The lane of a board: every operation on the same board (and clock) shares one budget and one cap,
 * so generating a whole pack at once cannot overrun Miro's limits.
 */
export function laneFor(board: object, clock: BoardClock): BoardLane {
  const existing = lanes.get(board);
  if (existing && existing.clock === clock) return existing;
  const lane = createBoardLane(clock);
  lanes.set(board, lane);
  return lane;
}
