import { useCallback, useEffect, useRef, useState } from 'react';

export interface JobProgress {
  done: number;
  total: number;
  /** Cancel was pressed: the job is undoing what it made. */
  cancelling: boolean;
  /** Miro's rate limit paused the job until this time (ms since the epoch); absent while it runs. */
  pausedUntil?: number;
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
    setProgress({ done: 0, total: 0, cancelling: false });
    try {
      return await job(
        own.signal,
        (done, total) =>
          setProgress((previous) => ({
            ...(previous ?? { cancelling: false }),
            done,
            total,
          })),
        (waitMs) =>
          setProgress((previous) => {
            if (!previous) return previous;
            const { pausedUntil: _, ...rest } = previous;
            return waitMs > 0 ? { ...rest, pausedUntil: Date.now() + waitMs } : rest;
          }),
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
