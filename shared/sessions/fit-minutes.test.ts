import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMinutes } from './fit-minutes.ts';

const need = (planned: number, least = planned, stretch = false) => ({ planned, least, stretch });

describe('fitMinutes', () => {
  it('gives spare minutes to the stretch blocks, evenly, the first ones the remainder', () => {
    expect(fitMinutes([need(10), need(20, 20, true), need(5, 5, true)], 40)).toEqual({
      minutes: [10, 23, 7],
      over: 0,
      spare: 0,
    });
  });

  it('with scaleBeyondDouble, doubles a stretch block at most, then scales every block with the rest', () => {
    // 50 planned in 100: the round-up (10) takes 10 more, the other 40 spread 10:20:10:10 → 80% more each.
    const needs = [need(10), need(20), need(10), need(10, 10, true)];
    expect(fitMinutes(needs, 100, { scaleBeyondDouble: true })).toEqual({
      minutes: [18, 36, 18, 28],
      over: 0,
      spare: 0,
    });
    // Without it (the open meeting), every spare minute goes to the stretch block.
    expect(fitMinutes(needs, 100).minutes).toEqual([10, 20, 10, 60]);
  });

  it('reports spare minutes when no block stretches', () => {
    expect(fitMinutes([need(10), need(20)], 40)).toEqual({ minutes: [10, 20], over: 0, spare: 10 });
  });

  it('takes missing minutes in proportion to what each block may give, never below its least', () => {
    expect(fitMinutes([need(40, 30), need(30, 20), need(10)], 70)).toEqual({
      minutes: [35, 25, 10],
      over: 0,
      spare: 0,
    });
  });

  it('says how many minutes are still over when every block is at its least', () => {
    expect(fitMinutes([need(40, 30), need(30)], 50)).toEqual({ minutes: [30, 30], over: 10, spare: 0 });
  });

  it('always sums to the length, or to the length plus what is over, minus what is spare', () => {
    const needs = fc.array(
      fc.record({
        planned: fc.integer({ min: 1, max: 120 }),
        give: fc.integer({ min: 0, max: 60 }),
        stretch: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(needs, fc.integer({ min: 10, max: 600 }), (list, available) => {
        const input = list.map((n) => need(n.planned, Math.max(1, n.planned - n.give), n.stretch));
        const { minutes, over, spare } = fitMinutes(input, available);
        expect(minutes.reduce((a, b) => a + b, 0)).toBe(available + over - spare);
        minutes.forEach((m, i) => {
          expect(m).toBeGreaterThanOrEqual(input[i]?.least ?? 0);
          expect(Number.isInteger(m)).toBe(true);
        });
        expect(over === 0 || spare === 0).toBe(true);
      }),
    );
  });
});
