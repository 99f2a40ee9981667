// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardClock } from '../board/board-clock.ts';
import { createStandInBoard, type StandInBoard } from '../board/stand-in/index.ts';
import { formatCountdown } from './format-countdown.ts';
import { PanelI18nProvider } from './panel-i18n.tsx';
import { RunTimerView } from './run-timer-view.tsx';
import { type BlockTimer, useBlockTimer } from './use-block-timer.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let time = 1_000_000;
const blockTitle = 'Temaskemaet';

/** A board clock that moves only when the test says: the stand-in's finish fires at the right moment. */
function manualClock(): BoardClock & { advance(ms: number): void } {
  let now = 0;
  const sleeping: { at: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms) => new Promise((wake) => sleeping.push({ at: now + ms, wake })),
    advance(ms) {
      now += ms;
      for (const sleeper of sleeping.filter((s) => s.at <= now)) {
        sleeping.splice(sleeping.indexOf(sleeper), 1);
        sleeper.wake();
      }
    },
  };
}
let root: Root | undefined;
let latest: BlockTimer | undefined;

function Harness({ board, now }: { board: StandInBoard; now: () => number }) {
  const timer = useBlockTimer(board, now);
  latest = timer;
  return (
    <RunTimerView
      timer={timer}
      title={blockTitle}
      onStart={() => void timer.start(61_000)}
      onAction={(action) => void (action === 'prolong' ? timer.prolong(60_000) : timer[action]())}
      withEachBlock={false}
      onWithEachBlock={() => undefined}
    />
  );
}

function mount(board: StandInBoard, now: () => number = () => time): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root?.render(
      <PanelI18nProvider locale="da">
        <Harness board={board} now={now} />
      </PanelI18nProvider>,
    ),
  );
  return host;
}

/** Moves the injected clock and lets one redraw happen. */
async function advance(ms: number) {
  time += ms;
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

const button = (host: HTMLElement, name: string) =>
  [...host.querySelectorAll('button')].find(
    (b) => b.textContent === name || b.querySelector('.netverk-visually-hidden')?.textContent === name,
  ) as HTMLButtonElement;
const click = async (host: HTMLElement, name: string) => {
  await act(async () => button(host, name).click());
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
};

afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [59_001, '1:00'],
    [300_000, '5:00'],
    [3_725_000, '62:05'],
    [-5, '0:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('the Run view’s timer in the panel (a board without Miro’s timer)', () => {
  it('starts, pauses, takes +1 minute, resumes, and at 0 shows and announces that time is up', async () => {
    const host = mount(createStandInBoard({ features: { timer: false } }));
    const timer = () => host.querySelector('[role="timer"]');
    const alert = () => host.querySelector('[role="alert"]');
    expect(timer()).toBeNull();
    await click(host, 'Start timeren');
    expect(timer()?.textContent).toBe('1:01');
    expect(timer()?.getAttribute('aria-label')).toBe('1 minut og 1 sekund tilbage');
    expect(host.textContent).toContain('Timer i dette panel');
    await advance(30_000);
    expect(timer()?.textContent).toBe('0:31');
    await click(host, 'Pause');
    await advance(120_000);
    expect(timer()?.textContent).toBe('0:31');
    expect(host.textContent).toContain('På pause');
    await click(host, 'Læg 1 minut til');
    expect(timer()?.textContent).toBe('1:31');
    await click(host, 'Fortsæt');
    expect(alert()?.textContent).toBe('');
    await advance(95_000);
    expect(timer()).toBeNull();
    expect(alert()?.textContent).toBe('Tiden er gået for “Temaskemaet”.');
    expect(latest?.state).toMatchObject({ status: 'STOPPED', finished: true, totalMs: 121_000 });
  });

  it('Stop ends it without "time is up"', async () => {
    const host = mount(createStandInBoard({ features: { timer: false } }));
    await click(host, 'Start timeren');
    await advance(2_000);
    await click(host, 'Stop');
    expect(latest?.state).toMatchObject({ status: 'STOPPED', finished: false });
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('');
    expect(button(host, 'Start timeren')).toBeDefined();
  });
});

describe('the Run view’s timer on Miro’s board timer (stand-in, strict)', () => {
  it('drives the one board timer, ticks from its answers and marks the finish event', async () => {
    const clock = manualClock();
    const board = createStandInBoard({ clock });
    const host = mount(board, () => clock.now());
    await click(host, 'Start timeren');
    expect(board.inspect.timer()).toMatchObject({ status: 'STARTED', totalDuration: 61_000 });
    expect(host.textContent).toContain('Miros timer');
    await click(host, 'Pause');
    expect(board.inspect.timer().status).toBe('PAUSED');
    await click(host, 'Læg 1 minut til');
    expect(board.inspect.timer()).toMatchObject({ status: 'PAUSED', restDuration: 121_000 });
    await click(host, 'Fortsæt');
    expect(board.inspect.timer().status).toBe('STARTED');
    // The board's clock runs to the end: its finish event reaches the panel.
    clock.advance(60_000);
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(host.querySelector('[role="timer"]')?.textContent).toBe('1:01');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('');
    clock.advance(61_000);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Tiden er gået for “Temaskemaet”.');
    expect(board.inspect.stats().byMethod).toMatchObject({
      'timer.start': 1,
      'timer.pause': 1,
      'timer.prolong': 1,
      'timer.resume': 1,
      'timer.isStarted': 1,
    });
  });
});
