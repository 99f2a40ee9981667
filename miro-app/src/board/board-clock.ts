/** Time as the board code sees it: injected so budgets, back-off and latency run on virtual time in tests. */
export interface BoardClock {
  /** Milliseconds, monotonic. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: BoardClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Sleeps until `ms` passed or `signal` aborts, whichever comes first; never rejects. */
export function sleepUnlessAborted(clock: BoardClock, ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  if (!signal) return clock.sleep(ms);
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    void clock.sleep(ms).then(done);
  });
}

/**
 * Virtual time for tests: a sleep resolves when every other task is blocked too; the clock then jumps
 * to the earliest wake-up. Runs a minute of simulated board traffic in milliseconds, deterministically.
 */
export function createVirtualClock(start = 0): BoardClock {
  let time = start;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;
  let scheduled = false;
  const later: (run: () => void) => void = globalThis.setImmediate ?? ((run) => setTimeout(run, 0));

  function flush(): void {
    scheduled = false;
    if (timers.length === 0) return;
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    time = Math.max(time, timers[0]?.at ?? time);
    while (timers.length > 0 && (timers[0]?.at ?? Number.POSITIVE_INFINITY) <= time)
      timers.shift()?.resolve();
    schedule();
  }
  function schedule(): void {
    if (scheduled || timers.length === 0) return;
    scheduled = true;
    later(flush);
  }
  return {
    now: () => time,
    sleep: (ms) =>
      new Promise((resolve) => {
        timers.push({ at: time + Math.max(0, ms), seq: seq++, resolve });
        schedule();
      }),
  };
}
