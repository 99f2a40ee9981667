import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMinutes } from './fit-minutes.ts';

const need = (planned: number, least = planned, stretch = false, fixed = false) => ({
  planned,
  least,
  stretch,
  fixed,
});

describe('fitMinutes', () => {
  it('gives spare minutes to the stretch blocks 5 at a time, round-robin', () => {
    expect(fitMinutes([need(10), need(20, 20, true), need(5, 5, true)], 50)).toEqual({
      minutes: [10, 30, 10],
      over: 0,
      spare: 0,
    });
  });

  it('keeps what is less than 5 minutes as spare at the end', () => {
    expect(fitMinutes([need(10), need(20, 20, true)], 42)).toEqual({ minutes: [10, 30], over: 0, spare: 2 });
  });

  it('with scaleBeyondDouble, doubles a stretch block at most, then grows the others in proportion', () => {
    const needs = [need(10), need(20), need(10), need(10, 10, true)];
    expect(fitMinutes(needs, 100, { scaleBeyondDouble: true })).toEqual({
      minutes: [20, 40, 20, 20],
      over: 0,
      spare: 0,
    });
    // Without it (the open meeting), every spare minute goes to the stretch block.
    expect(fitMinutes(needs, 100).minutes).toEqual([10, 20, 10, 60]);
  });

  it('never grows a fixed block (the presentation round)', () => {
    const fitted = fitMinutes([need(10), need(20, 20, false, true), need(10, 10, true)], 100, {
      scaleBeyondDouble: true,
    });
    expect(fitted.minutes[1]).toBe(20);
  });

  it('reports spare minutes when no block stretches', () => {
    expect(fitMinutes([need(10), need(20)], 40)).toEqual({ minutes: [10, 20], over: 0, spare: 10 });
  });

  it('takes missing minutes 5 at a time from the block with most to give, never below its least', () => {
    expect(fitMinutes([need(40, 30), need(30, 20), need(10)], 70)).toEqual({
      minutes: [35, 25, 10],
      over: 0,
      spare: 0,
    });
  });

  it('says how many minutes are still over when every block is at its least', () => {
    expect(fitMinutes([need(40, 30), need(30)], 50)).toEqual({ minutes: [30, 30], over: 10, spare: 0 });
  });

  it('always gives whole 5 minutes, and sums to the length plus what is over, minus what is spare', () => {
    const needs = fc.array(
      fc.record({
        planned: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
        give: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
        stretch: fc.boolean(),
        fixed: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(needs, fc.integer({ min: 10, max: 600 }), fc.boolean(), (raw, available, scale) => {
        const list = raw.map((r) => need(r.planned, Math.max(5, r.planned - r.give), r.stretch, r.fixed));
        const fitted = fitMinutes(list, available, { scaleBeyondDouble: scale });
        const total = fitted.minutes.reduce((a, b) => a + b, 0);
        expect(total + fitted.spare - fitted.over).toBe(available);
        for (const [i, minutes] of fitted.minutes.entries()) {
          expect(minutes % 5).toBe(0);
          expect(minutes).toBeGreaterThanOrEqual(list[i]?.least ?? 0);
          if (list[i]?.fixed) expect(minutes).toBeLessThanOrEqual(list[i]?.planned ?? 0);
        }
        if (fitted.over > 0) expect(fitted.spare).toBe(0);
      }),
    );
  });
});
