import { describe, expect, it } from 'vitest';
import { textToMiroHtml } from '../text/text-to-miro-html.ts';
import { maxPlanTextLength } from './board-plan.ts';
import { clampPlanText, planTextHtmlLength } from './clamp-plan-text.ts';

describe('clampPlanText', () => {
  it.each([
    { name: 'short text', text: 'Theme & scope' },
    { name: 'text just under the limit once escaped', text: 'a'.repeat(maxPlanTextLength - 8) },
  ])('leaves $name as it is', ({ text }) => {
    expect(clampPlanText(text)).toBe(text);
  });

  it.each([
    { name: 'plain text', text: 'a'.repeat(7_000) },
    { name: 'ampersands (five characters each once escaped)', text: '&'.repeat(2_000) },
    { name: 'quotes and angle brackets', text: `<"'>`.repeat(1_500) },
    { name: 'many short lines (a <p> each)', text: 'x\n'.repeat(1_000) },
    { name: 'text exactly at the limit once escaped', text: 'a'.repeat(maxPlanTextLength - 7) },
  ])('cuts $name with an ellipsis, under the limit once escaped', ({ text }) => {
    const clamped = clampPlanText(text);
    expect(clamped.endsWith('…')).toBe(true);
    expect(textToMiroHtml(clamped).length).toBeLessThan(maxPlanTextLength);
    expect(text.startsWith(clamped.slice(0, -1))).toBe(true);
    // Not cut shorter than it needs: one more character of the source would not fit.
    expect(planTextHtmlLength(clamped)).toBeGreaterThan(maxPlanTextLength - 20);
  });

  it('never splits a surrogate pair', () => {
    const clamped = clampPlanText('🙂'.repeat(4_000));
    expect(clamped).toMatch(/^(🙂)+…$/u);
  });
});

describe('clampPlanText for bold text', () => {
  it('leaves room for the <strong> the adapter adds on every line', () => {
    const text = Array.from({ length: 300 }, () => '&&&&&&&&&').join('\n');
    const clamped = clampPlanText(text, true);
    const bold = textToMiroHtml(clamped).replaceAll('<p>', '<p><strong>').replaceAll('</p>', '</strong></p>');
    expect(bold.length).toBeLessThan(maxPlanTextLength);
    expect(clampPlanText(text, false).length).toBeGreaterThan(clamped.length);
  });
});
