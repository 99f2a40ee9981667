import type { BoardFeature, TimerInstance } from '@mirohq/websdk-types';
import type { BoardPort, PortTimer } from '../board-port.ts';
import { fail } from './fail.ts';
import type { StandInCore } from './stand-in-core.ts';

/** The features a board's plan may lack; `canUse` answers from these (both true unless switched off). */
export const boardFeatures: readonly BoardFeature[] = ['timer', 'voting'];

/** The timer's state: `endsAt` on the stand-in's clock while it runs. */
export interface TimerState {
  status: 'STARTED' | 'STOPPED';
  totalDuration: number;
  endsAt: number;
}

/** What `timer.get` would answer now; a timer past its end has finished and stands at 0. */
export function timerInstance(state: TimerState, now: number): TimerInstance {
  if (state.status !== 'STARTED' || now >= state.endsAt)
    return { status: 'STOPPED', restDuration: 0, totalDuration: state.totalDuration };
  return {
    status: 'STARTED',
    restDuration: Math.ceil(state.endsAt - now),
    totalDuration: state.totalDuration,
  };
}

/** The SDK takes whole milliseconds greater than 0; anything else is refused before the board sees it. */
export function checkTimerDuration(durationMs: unknown): number {
  if (typeof durationMs !== 'number' || !Number.isSafeInteger(durationMs) || durationMs <= 0)
    return fail(
      `Invalid timer duration ${String(durationMs)}: it must be a whole number of milliseconds greater than 0`,
    );
  return durationMs;
}

/**
 * `canUse` and `board.timer` on the stand-in, as strict as the SDK: the timer only on a plan that has it,
 * durations checked. [unverified] A second `start` while it runs and a `stop` when it does not run are
 * refused, so code written against the stand-in works whichever way Miro answers them.
 */
export function createStandInTimer(
  core: StandInCore,
  features: ReadonlySet<BoardFeature>,
): Pick<BoardPort, 'canUse' | 'timer'> {
  const { meter, clock, timer: state } = core;
  const requireTimer = () => {
    if (!features.has('timer'))
      fail('The timer is not available on this board: it needs a paid Miro plan (Starter or above)');
  };
  const current = () => timerInstance(state, clock.now());
  const changed = () => core.emit(undefined, []);
  const timer: PortTimer = {
    get: () =>
      meter.call('timer.get', () => {
        requireTimer();
        return current();
      }),
    start: (durationMs) =>
      meter.call('timer.start', () => {
        requireTimer();
        const ms = checkTimerDuration(durationMs);
        if (current().status === 'STARTED')
          fail('The timer is already running: stop it before starting it again');
        Object.assign(state, { status: 'STARTED', totalDuration: ms, endsAt: clock.now() + ms });
        changed();
        return current();
      }),
    stop: () =>
      meter.call('timer.stop', () => {
        requireTimer();
        if (current().status !== 'STARTED') fail('The timer is not running');
        Object.assign(state, { status: 'STOPPED', endsAt: clock.now() });
        changed();
        return current();
      }),
  };
  return {
    canUse: (feature) =>
      meter.call('canUse', () => {
        if (!boardFeatures.includes(feature)) fail(`Unknown board feature: ${String(feature)}`);
        return features.has(feature);
      }),
    timer,
  };
}
