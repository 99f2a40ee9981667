import { useCallback, useEffect, useRef, useState } from 'react';

export interface JobProgress {
  done: number;
  total: number;
  /** Cancel was pressed: the job is undoing what it made. */
  cancelling: boolean;
  /** Miro's rate limit paused the job until this time (ms since the epoch); absent while it runs. */
  pausedUntil?: number;
  /** When the job began (ms since the epoch): the pace so far gives the estimate for the rest. */
  startedAt: number;
}

type Job<T> = (
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
  onPause: (waitMs: number) => void,
) => Promise<T>;

/** Runs one board job at a time with progress and a Cancel that aborts it; unmounting cancels too. */
export function useBoardJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const run = useCallback(async <T>(job: Job<T>): Promise<T> => {
    const own = new AbortController();
    controller.current = own;
    const startedAt = Date.now();
    setProgress({ done: 0, total: 0, cancelling: false, startedAt });
    // Several calls in flight pause at once, each with its own back-off: the job is paused while any
    // of them waits, until the latest of their ends, so the countdown only ever runs down (or is
    // extended), never jumps about.
    let waiting = 0;
    let until = 0;
    try {
      return await job(
        own.signal,
        (done, total) =>
          setProgress((previous) => ({
            ...(previous ?? { cancelling: false, startedAt }),
            done,
            total,
          })),
        (waitMs) => {
          if (waitMs > 0) {
            waiting += 1;
            until = Math.max(until, Date.now() + waitMs);
          } else waiting = Math.max(0, waiting - 1);
          if (waiting === 0) until = 0;
          setProgress((previous) => {
            if (!previous) return previous;
            const { pausedUntil: _, ...rest } = previous;
            return waiting > 0 ? { ...rest, pausedUntil: until } : rest;
          });
        },
      );
    } finally {
      if (controller.current === own) controller.current = null;
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setProgress((previous) => (previous ? { ...previous, cancelling: true } : previous));
  }, []);
  return { running: progress !== null, progress, run, cancel };
}
