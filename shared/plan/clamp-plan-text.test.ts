import { describe, expect, it } from 'vitest';
import { maxPlanTextLength } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';

describe('clampPlanText', () => {
  it.each([
    { name: 'short text', text: 'Theme & scope' },
    { name: 'text at the limit', text: 'a'.repeat(maxPlanTextLength) },
    { name: 'markup characters, which are only text here', text: '&<>"\''.repeat(1_000) },
  ])('leaves $name as it is', ({ text }) => {
    expect(clampPlanText(text)).toBe(text);
  });

  it.each([
    { name: 'one character over the limit', text: 'a'.repeat(maxPlanTextLength + 1) },
    { name: 'long plain text', text: 'a'.repeat(7_000) },
    { name: 'many short lines', text: 'x\n'.repeat(4_000) },
  ])('cuts $name with an ellipsis, at the limit', ({ text }) => {
    const clamped = clampPlanText(text);
    expect(clamped.endsWith('…')).toBe(true);
    expect(clamped.length).toBeLessThanOrEqual(maxPlanTextLength);
    expect(text.startsWith(clamped.slice(0, -1))).toBe(true);
    // Not cut shorter than it needs (trailing whitespace aside).
    expect(clamped.length).toBeGreaterThan(maxPlanTextLength - 3);
  });

  it('never splits a surrogate pair', () => {
    const clamped = clampPlanText('🙂'.repeat(4_000));
    expect(clamped).toMatch(/^(🙂)+…$/u);
    expect(clamped.length).toBeLessThanOrEqual(maxPlanTextLength);
  });
});
