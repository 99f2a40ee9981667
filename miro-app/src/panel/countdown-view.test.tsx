// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CountdownView, formatCountdown } from './countdown-view.tsx';
import { type Countdown, useCountdown } from './use-countdown.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let time = 1_000_000;
let root: Root | undefined;
let latest: Countdown | undefined;

function Harness() {
  const countdown = useCountdown(() => time);
  latest = countdown;
  return <CountdownView countdown={countdown} locale="da" />;
}

function mount(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Harness />));
  return host;
}

/** Moves the injected clock and lets one redraw happen. */
async function advance(ms: number) {
  time += ms;
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

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

describe('the in-panel countdown', () => {
  it('counts down on its clock, speaks the time with plural units and says once when time is up', async () => {
    const host = mount();
    const timer = () => host.querySelector('[role="timer"]');
    act(() => latest?.start(61_000));
    expect(timer()?.textContent).toBe('1:01');
    expect(timer()?.getAttribute('aria-label')).toBe('1 minut og 1 sekund tilbage');
    await advance(59_000);
    expect(timer()?.textContent).toBe('0:02');
    expect(timer()?.getAttribute('aria-label')).toBe('0 minutter og 2 sekunder tilbage');
    expect(latest?.running).toBe(true);
    await advance(5_000);
    expect(timer()?.textContent).toBe('0:00');
    expect(latest).toMatchObject({ running: false, finished: true, totalMs: 61_000 });
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Tiden er gået.');
  });

  it('stop ends it without "time is up"; a new start begins again', async () => {
    const host = mount();
    act(() => latest?.start(10_000));
    await advance(2_000);
    act(() => latest?.stop());
    expect(latest).toMatchObject({ running: false, finished: false, remainingMs: 0 });
    expect(host.querySelector('[role="status"]')?.textContent).toBe('');
    act(() => latest?.start(3_000));
    expect(host.querySelector('[role="timer"]')?.textContent).toBe('0:03');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses start(%d) like the board timer', (ms) => {
    mount();
    expect(() => latest?.start(ms)).toThrow(/whole milliseconds greater than 0/);
    expect(latest?.running).toBe(false);
  });
});
