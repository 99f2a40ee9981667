import type { BoardFeature, TimerEvent, TimerEventType } from '@mirohq/websdk-types';
import type { BoardPort, PortTimer } from '../board-port.ts';
import { fail } from './fail.ts';
import type { StandInCore } from './stand-in-core.ts';
import { timerInstance } from './stand-in-timer-state.ts';

/** The features a board's plan may lack; `canUse` answers from these (both true unless switched off). */
export const boardFeatures: readonly BoardFeature[] = ['timer', 'voting'];

/** The SDK takes whole milliseconds greater than 0; anything else is refused before the board sees it. */
export function checkTimerDuration(durationMs: unknown): number {
  if (typeof durationMs !== 'number' || !Number.isSafeInteger(durationMs) || durationMs <= 0)
    return fail(
      `Invalid timer duration ${String(durationMs)}: it must be a whole number of milliseconds greater than 0`,
    );
  return durationMs;
}

const timerEvents: readonly TimerEventType[] = ['start', 'update', 'finish'];

/**
 * `canUse` and `board.timer` on the stand-in, as strict as the SDK: one timer, only on a plan that has
 * it, durations in whole milliseconds. [unverified] A `start` while it runs or is paused, a `stop` or
 * `prolong` when nothing runs, a `pause` unless started and a `resume` unless paused are refused, so
 * code written against the stand-in works whichever way Miro answers them. Events: `start`, `update`
 * on each status change (paused, resumed, stopped, prolonged), `finish` when it reaches 0.
 */
export function createStandInTimer(
  core: StandInCore,
  features: ReadonlySet<BoardFeature>,
): Pick<BoardPort, 'canUse' | 'timer'> {
  const { meter, clock, timer: state } = core;
  const handlers = new Map<TimerEventType, Set<(event: TimerEvent) => void>>();
  const requireTimer = () => {
    if (!features.has('timer'))
      fail('The timer is not available on this board: it needs a paid Miro plan (Starter or above)');
  };
  const current = () => timerInstance(state, clock.now());
  const tell = (event: TimerEventType) => {
    const payload = { timer: current() };
    for (const handler of handlers.get(event) ?? []) handler(payload);
    core.emit(undefined, []);
  };
  // A finish is scheduled for the run and end it was set for; pausing, prolonging or stopping moves on.
  const scheduleFinish = () => {
    const { run, endsAt } = state;
    void clock.sleep(Math.max(0, endsAt - clock.now())).then(() => {
      if (state.run !== run || state.status !== 'STARTED' || state.endsAt !== endsAt) return;
      Object.assign(state, { status: 'STOPPED', restMs: 0 });
      tell('finish');
    });
  };
  const running = () => current().status !== 'STOPPED';
  const timer: PortTimer = {
    get: () =>
      meter.call('timer.get', () => {
        requireTimer();
        return current();
      }),
    isStarted: () =>
      meter.call('timer.isStarted', () => {
        requireTimer();
        return running();
      }),
    start: (durationMs) =>
      meter.call('timer.start', () => {
        requireTimer();
        const ms = checkTimerDuration(durationMs);
        if (running()) fail('The timer is already running: stop it before starting it again');
        Object.assign(state, {
          status: 'STARTED',
          totalDuration: ms,
          endsAt: clock.now() + ms,
          restMs: ms,
          run: state.run + 1,
        });
        scheduleFinish();
        tell('start');
        return current();
      }),
    stop: () =>
      meter.call('timer.stop', () => {
        requireTimer();
        if (!running()) fail('The timer is not running');
        Object.assign(state, { status: 'STOPPED', endsAt: clock.now(), restMs: 0 });
        tell('update');
        return current();
      }),
    pause: () =>
      meter.call('timer.pause', () => {
        requireTimer();
        const now = current();
        if (now.status !== 'STARTED') fail('The timer is not running: only a running timer can pause');
        Object.assign(state, { status: 'PAUSED', restMs: now.restDuration });
        tell('update');
        return current();
      }),
    resume: () =>
      meter.call('timer.resume', () => {
        requireTimer();
        if (state.status !== 'PAUSED') fail('The timer is not paused');
        Object.assign(state, { status: 'STARTED', endsAt: clock.now() + state.restMs });
        scheduleFinish();
        tell('update');
        return current();
      }),
    prolong: (durationMs) =>
      meter.call('timer.prolong', () => {
        requireTimer();
        const ms = checkTimerDuration(durationMs);
        if (!running()) fail('The timer is not running: start it first');
        state.totalDuration += ms;
        if (state.status === 'PAUSED') state.restMs += ms;
        else {
          state.endsAt += ms;
          scheduleFinish();
        }
        tell('update');
        return current();
      }),
    on: (event, handler) => {
      if (!timerEvents.includes(event)) fail(`Unknown timer event: ${String(event)}`);
      (handlers.get(event) ?? handlers.set(event, new Set()).get(event))?.add(handler);
    },
    off: (event, handler) => void handlers.get(event)?.delete(handler),
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
