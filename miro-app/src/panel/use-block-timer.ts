import type { TimerEvent } from '@mirohq/websdk-types';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardPort } from '../board/index.ts';
import {
  type BlockTimerState,
  fromBoard,
  idleTimer,
  panelTimer,
  remainingMs,
  type TimerPlace,
} from './block-timer.ts';
import { startBlockTimer } from './run-block-actions.ts';

/** How often the countdown redraws: often enough that a second never lags visibly. */
const tickMs = 250;

export interface BlockTimer {
  state: BlockTimerState;
  /** Milliseconds left now, ticking locally. */
  remainingMs: number;
  /** Starts a block's time: on Miro's timer when the board may use it, else (or if it fails) here. */
  start(ms: number): Promise<TimerPlace | 'board-failed'>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** +`ms` (Miro's `prolong`). */
  prolong(ms: number): Promise<void>;
  /** Stops a running or paused timer; does nothing when none runs. */
  stop(): Promise<void>;
}

/**
 * The Run view's timer. On Miro's timer every start is guarded by `isStarted()` (what `start` does on a
 * running timer is undocumented), the status comes from the board's answers and `timer.get()` after an
 * `update` event (a status change, not a tick), the countdown ticks locally, and `finish` marks the
 * time up. Without Miro's timer (`canUse('timer')` false) the panel runs the same operations itself.
 * `now` is injectable for tests.
 */
export function useBlockTimer(board: BoardPort, now: () => number = () => Date.now()): BlockTimer {
  const [state, setState] = useState<BlockTimerState>(idleTimer);
  const latest = useRef(state);
  latest.current = state;
  const [, setTick] = useState(0);

  const running = state.status === 'STARTED';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      setTick((n) => n + 1);
      setState((current) => (current.place === 'panel' ? panelTimer.settle(current, now()) : current));
    }, tickMs);
    return () => clearInterval(timer);
  }, [running, now]);

  // Another facilitator's pause or stop, and the end of the time, reach this panel through the events.
  useEffect(() => {
    const onChange = () => {
      board.timer
        .get()
        .then((timer) => setState((current) => ({ ...fromBoard(timer, now()), finished: current.finished })))
        .catch(() => undefined);
    };
    const onFinish = (event: TimerEvent) => setState(fromBoard(event.timer, now(), true));
    const subscribe = (on: boolean) => {
      const call = on ? board.timer.on : board.timer.off;
      try {
        void Promise.resolve(call.call(board.timer, 'start', onChange)).catch(() => undefined);
        void Promise.resolve(call.call(board.timer, 'update', onChange)).catch(() => undefined);
        void Promise.resolve(call.call(board.timer, 'finish', onFinish)).catch(() => undefined);
      } catch {
        // A board without events (an old SDK): the panel still ticks from its own reads.
      }
    };
    subscribe(true);
    return () => subscribe(false);
  }, [board, now]);

  const start = useCallback(
    async (ms: number): Promise<TimerPlace | 'board-failed'> => {
      const started = await startBlockTimer(board, ms);
      setState(started.place === 'board' ? fromBoard(started.timer, now()) : panelTimer.start(ms, now()));
      return started.place;
    },
    [board, now],
  );
  const pause = useCallback(async () => {
    if (latest.current.place === 'board') setState(fromBoard(await board.timer.pause(), now()));
    else setState((current) => panelTimer.pause(current, now()));
  }, [board, now]);
  const resume = useCallback(async () => {
    if (latest.current.place === 'board') setState(fromBoard(await board.timer.resume(), now()));
    else setState((current) => panelTimer.resume(current, now()));
  }, [board, now]);
  const prolong = useCallback(
    async (ms: number) => {
      if (latest.current.place === 'board') setState(fromBoard(await board.timer.prolong(ms), now()));
      else setState((current) => panelTimer.prolong(current, ms, now()));
    },
    [board, now],
  );
  const stop = useCallback(async () => {
    if (latest.current.status === 'STOPPED') {
      if (latest.current.finished) setState((current) => ({ ...current, finished: false }));
      return;
    }
    if (latest.current.place === 'board') {
      if (await board.timer.isStarted()) await board.timer.stop();
      setState((current) => panelTimer.stop(current));
    } else setState((current) => panelTimer.stop(current));
  }, [board]);
  return { state, remainingMs: remainingMs(state, now()), start, pause, resume, prolong, stop };
}
