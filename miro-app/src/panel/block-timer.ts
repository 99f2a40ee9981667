import type { TimerInstance } from '@mirohq/websdk-types';

/** Where a block's time runs: Miro's board timer, or this panel (no timer on the plan, or it failed). */
export type TimerPlace = 'board' | 'panel';

/**
 * The Run view's timer as the panel knows it: the last status read from the board (or kept by the
 * panel), `restMs` at the instant `at`, ticking locally between reads, as Miro's own sample does.
 */
export interface BlockTimerState {
  place: TimerPlace;
  status: TimerInstance['status'];
  restMs: number;
  totalMs: number;
  /** When `restMs` was true (the injected clock's milliseconds). */
  at: number;
  /** The time ran out (not stopped): the panel shows and announces it. */
  finished: boolean;
}

export const idleTimer: BlockTimerState = {
  place: 'panel',
  status: 'STOPPED',
  restMs: 0,
  totalMs: 0,
  at: 0,
  finished: false,
};

/** Milliseconds left at `now`: counting down while started, standing still while paused. */
export function remainingMs(state: BlockTimerState, now: number): number {
  if (state.status === 'STOPPED') return 0;
  if (state.status === 'PAUSED') return state.restMs;
  return Math.max(0, Math.ceil(state.restMs - (now - state.at)));
}

/** The state after the board answered with `timer` (every timer call answers with its state). */
export function fromBoard(timer: TimerInstance, now: number, finished = false): BlockTimerState {
  return {
    place: 'board',
    status: timer.status,
    restMs: timer.restDuration,
    totalMs: timer.totalDuration,
    at: now,
    finished,
  };
}

/** Whole milliseconds greater than 0, as Miro's timer takes them; the panel keeps the same rule. */
export function checkDuration(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms <= 0)
    throw new Error(`Invalid timer duration ${ms}: whole milliseconds greater than 0`);
  return ms;
}

/** The panel's own timer: the same operations as Miro's, on the injected clock. */
export const panelTimer = {
  start: (ms: number, now: number): BlockTimerState => ({
    place: 'panel',
    status: 'STARTED',
    restMs: checkDuration(ms),
    totalMs: ms,
    at: now,
    finished: false,
  }),
  pause: (state: BlockTimerState, now: number): BlockTimerState =>
    state.status === 'STARTED'
      ? { ...state, status: 'PAUSED', restMs: remainingMs(state, now), at: now }
      : state,
  resume: (state: BlockTimerState, now: number): BlockTimerState =>
    state.status === 'PAUSED' ? { ...state, status: 'STARTED', at: now } : state,
  prolong: (state: BlockTimerState, ms: number, now: number): BlockTimerState =>
    state.status === 'STOPPED'
      ? state
      : {
          ...state,
          restMs: remainingMs(state, now) + checkDuration(ms),
          totalMs: state.totalMs + ms,
          at: now,
        },
  stop: (state: BlockTimerState): BlockTimerState => ({
    ...state,
    status: 'STOPPED',
    restMs: 0,
    finished: false,
  }),
  /** A started timer that reached 0 has finished. */
  settle: (state: BlockTimerState, now: number): BlockTimerState =>
    state.status === 'STARTED' && remainingMs(state, now) === 0
      ? { ...state, status: 'STOPPED', restMs: 0, finished: true }
      : state,
};
