import { describe, expect, it } from 'vitest';
import { checkDuration, fromBoard, idleTimer, panelTimer, remainingMs } from './block-timer.ts';

describe('the panel’s block timer', () => {
  it('counts down, pauses where it stands, resumes, takes +1 minute and finishes at 0', () => {
    let state = panelTimer.start(120_000, 1_000);
    expect(remainingMs(state, 31_000)).toBe(90_000);
    state = panelTimer.pause(state, 31_000);
    expect(remainingMs(state, 500_000)).toBe(90_000);
    state = panelTimer.prolong(state, 60_000, 500_000);
    expect(remainingMs(state, 900_000)).toBe(150_000);
    state = panelTimer.resume(state, 900_000);
    expect(remainingMs(state, 1_000_000)).toBe(50_000);
    expect(panelTimer.settle(state, 1_000_000).finished).toBe(false);
    const done = panelTimer.settle(state, 1_050_000);
    expect(done).toMatchObject({ status: 'STOPPED', finished: true, totalMs: 180_000 });
  });

  it('stop ends without "time is up"; pause and resume do nothing in the wrong state', () => {
    const state = panelTimer.start(10_000, 0);
    expect(panelTimer.stop(state)).toMatchObject({ status: 'STOPPED', finished: false });
    expect(remainingMs(panelTimer.stop(state), 1)).toBe(0);
    expect(panelTimer.resume(state, 5)).toBe(state);
    expect(panelTimer.pause(idleTimer, 5)).toBe(idleTimer);
    expect(panelTimer.prolong(idleTimer, 60_000, 5)).toBe(idleTimer);
  });

  it('reads the board’s answer and ticks from it locally', () => {
    const state = fromBoard({ status: 'STARTED', restDuration: 60_000, totalDuration: 90_000 }, 10_000);
    expect(state.place).toBe('board');
    expect(remainingMs(state, 25_000)).toBe(45_000);
    const paused = fromBoard({ status: 'PAUSED', restDuration: 30_000, totalDuration: 90_000 }, 10_000);
    expect(remainingMs(paused, 99_000)).toBe(30_000);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %d ms like Miro’s timer', (ms) => {
    expect(() => checkDuration(ms)).toThrow(/whole milliseconds greater than 0/);
    expect(() => panelTimer.start(ms, 0)).toThrow(/whole milliseconds/);
  });
});
