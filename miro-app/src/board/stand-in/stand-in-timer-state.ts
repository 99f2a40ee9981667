import type { TimerInstance } from '@mirohq/websdk-types';

/**
 * The board's one timer: while it runs, `endsAt` on the stand-in's clock; while paused, `restMs` left.
 * `run` counts starts, so a finish scheduled for an earlier run (or before a pause) never fires.
 */
export interface TimerState {
  status: 'STARTED' | 'PAUSED' | 'STOPPED';
  totalDuration: number;
  endsAt: number;
  restMs: number;
  run: number;
}

export function initialTimerState(): TimerState {
  return { status: 'STOPPED', totalDuration: 0, endsAt: 0, restMs: 0, run: 0 };
}

/** What `timer.get` would answer now; a timer past its end has finished and stands at 0. */
export function timerInstance(state: TimerState, now: number): TimerInstance {
  if (state.status === 'PAUSED')
    return { status: 'PAUSED', restDuration: state.restMs, totalDuration: state.totalDuration };
  if (state.status !== 'STARTED' || now >= state.endsAt)
    return { status: 'STOPPED', restDuration: 0, totalDuration: state.totalDuration };
  return {
    status: 'STARTED',
    restDuration: Math.ceil(state.endsAt - now),
    totalDuration: state.totalDuration,
  };
}
