import { useCallback, useEffect, useState } from 'react';

/** How often the countdown redraws: often enough that a second never lags visibly. */
const tickMs = 250;

export interface Countdown {
  /** Whole milliseconds left; 0 when stopped or finished. */
  remainingMs: number;
  totalMs: number;
  running: boolean;
  /** True once a started countdown ran out (not after `stop`). */
  finished: boolean;
  /** Starts (or restarts) from `durationMs`: whole milliseconds greater than 0, like Miro's board timer. */
  start(durationMs: number): void;
  stop(): void;
}

interface Run {
  endsAt: number;
  totalMs: number;
  stopped: boolean;
}

/** Milliseconds left of a run at `now`. */
export function remainingOf(run: Run | null, now: number): number {
  if (!run || run.stopped) return 0;
  return Math.max(0, Math.ceil(run.endsAt - now));
}

/**
 * An in-panel countdown for boards without Miro's timer (`canUse('timer')` false). Time comes from
 * `now` (injectable for tests); the hook redraws a few times a second while it runs.
 */
export function useCountdown(now: () => number = () => Date.now()): Countdown {
  const [run, setRun] = useState<Run | null>(null);
  const [, setTick] = useState(0);
  const remainingMs = remainingOf(run, now());
  const running = remainingMs > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((n) => n + 1), tickMs);
    return () => clearInterval(timer);
  }, [running]);
  const start = useCallback(
    (durationMs: number) => {
      if (!Number.isSafeInteger(durationMs) || durationMs <= 0)
        throw new Error(`Invalid countdown ${durationMs}: whole milliseconds greater than 0`);
      setRun({ endsAt: now() + durationMs, totalMs: durationMs, stopped: false });
    },
    [now],
  );
  const stop = useCallback(() => setRun((current) => (current ? { ...current, stopped: true } : null)), []);
  return {
    remainingMs,
    totalMs: run?.totalMs ?? 0,
    running,
    finished: run !== null && !run.stopped && !running,
    start,
    stop,
  };
}
