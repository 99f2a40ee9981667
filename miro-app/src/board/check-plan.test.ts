import { describe, expect, it } from 'vitest';
import type { BoardPlan } from '../../../shared/index.ts';
import { samplePlan } from '../../../tests/fixtures/sample-plan.ts';
import { checkPlan } from './check-plan.ts';

function edit(change: (plan: BoardPlan) => void): BoardPlan {
  const plan = structuredClone(samplePlan());
  change(plan);
  return plan;
}

describe('checkPlan', () => {
  it('accepts the sample plan', () => {
    expect(() => checkPlan(samplePlan(), 'b1')).not.toThrow();
  });

  it.each([
    ['no items', edit((p) => p.items.splice(0)), /no items/],
    ['a child before its frame', edit((p) => p.items.reverse()), /must come before it/],
    [
      'a duplicated id',
      edit((p) => p.items.push(structuredClone(p.items[1]) as (typeof p.items)[number])),
      /appears twice/,
    ],
    [
      'a connector to nowhere',
      edit((p) => {
        if (p.connectors[0]) p.connectors[0].toId = 'x';
      }),
      /an end is not in the plan/,
    ],
    [
      'a zone id too long for the board reading',
      edit((p) => {
        const z = p.items[2];
        if (z) z.meta.zoneId = 'z'.repeat(81);
      }),
      /does not fit the board reading/,
    ],
  ])('refuses %s before any call', (_name, plan, message) => {
    expect(() => checkPlan(plan, 'b1')).toThrow(message);
    try {
      checkPlan(plan, 'b1');
    } catch (error) {
      expect(error).toMatchObject({ code: 'permanent' });
    }
  });
});
