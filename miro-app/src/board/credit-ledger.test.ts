import { describe, expect, it } from 'vitest';
import { createCreditLedger } from './credit-ledger.ts';

describe('createCreditLedger', () => {
  const windows = [
    { windowMs: 1_000, credits: 100 },
    { windowMs: 10_000, credits: 250 },
  ];

  it.each([
    ['fits in an empty ledger', [], 0, 50, 0],
    [
      'waits until the oldest charge leaves the window',
      [
        [0, 50],
        [100, 50],
      ],
      200,
      50,
      800,
    ],
    [
      'waits only as long as needed to free enough',
      [
        [0, 30],
        [500, 30],
        [600, 40],
      ],
      700,
      60,
      800,
    ],
    ['is free again after the window', [[0, 100]], 1_000, 100, 0],
    [
      'respects the longer window too',
      [
        [0, 100],
        [1_000, 100],
        [2_000, 50],
      ],
      3_000,
      50,
      7_000,
    ],
    ['never fits a call dearer than the budget', [], 0, 101, Number.POSITIVE_INFINITY],
  ] as const)('%s', (_name, charges, now, cost, wait) => {
    const ledger = createCreditLedger(windows);
    for (const [at, credits] of charges) ledger.charge(at, credits);
    expect(ledger.waitFor(now, cost)).toBe(wait);
  });

  it('takes other budgets per call and reports spending per window', () => {
    const ledger = createCreditLedger(windows);
    ledger.charge(0, 40);
    ledger.charge(900, 40);
    // 40 + 40 + 40 is 70 over a budget of 50: both charges must leave, the second at 1,900.
    expect(ledger.waitFor(950, 40, [50, 250])).toBe(950);
    expect(ledger.spent(950, 1_000)).toBe(80);
    expect(ledger.spent(1_500, 1_000)).toBe(40);
  });

  it('stays exact over many charges (compacting its arrays)', () => {
    const ledger = createCreditLedger([{ windowMs: 60_000, credits: 100_000 }]);
    for (let t = 0; t < 5_000; t += 1) ledger.charge(t * 30, 50);
    // Charges at 90,030 … 149,970 are inside the last minute: 1,999 of them.
    expect(ledger.spent(150_000, 60_000)).toBe(1_999 * 50);
  });
});
