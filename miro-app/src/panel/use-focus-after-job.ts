import { type RefObject, useEffect, useRef } from 'react';

/**
 * When a job ends, its Cancel button disappears and keyboard focus would fall to the page:
 * put it on `target` (the button that started the job) instead, if nothing else has it.
 */
export function useFocusAfterJob(running: boolean, target: RefObject<HTMLElement | null>): void {
  const wasRunning = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (ended && lost) target.current?.focus();
  }, [running, target]);
}
