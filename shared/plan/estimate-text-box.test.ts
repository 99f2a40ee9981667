import { describe, expect, it } from 'vitest';
import { clearTextBoxCache, estimateTextBox, textMetrics, textWidth } from './estimate-text-box.ts';
import { fallbackUnits } from './glyph-units.ts';

// Widths at fontSize 10: a is 5.57, i 2.23, m 8.34, W 9.44, space 2.78.
describe('estimateTextBox', () => {
  it.each([
    { text: '', width: 60, lines: [] },
    { text: 'short', width: 60, lines: ['short'] },
    { text: 'ten chars!', width: 60, lines: ['ten chars!'] },
    { text: 'one two three four', width: 60, lines: ['one two', 'three four'] },
    { text: 'line one\nline two', width: 600, lines: ['line one', 'line two'] },
    { text: 'para\n\nafter gap', width: 600, lines: ['para', '', 'after gap'] },
    { text: 'spaces   collapse  here', width: 600, lines: ['spaces collapse here'] },
    { text: 'æøå äöé ÆØÅ', width: 60, lines: ['æøå äöé', 'ÆØÅ'] },
    { text: '🙂🙂🙂 x', width: 40, lines: ['🙂🙂🙂', 'x'] },
    // Narrow letters pack tighter than wide ones: the count of characters is not the measure.
    { text: 'iiiiiiiiiiiiiiiiiiii', width: 45, lines: ['iiiiiiiiiiiiiiiiiiii'] },
    // A word wider than the line is cut with a hyphen (no syllables without a language).
    { text: 'WWWWW', width: 45, lines: ['WWWW-', 'W'] },
  ])('wraps $text at $width', ({ text, width, lines }) => {
    const box = estimateTextBox(text, 10, width);
    expect(box.lines).toEqual(lines);
    expect(box.height).toBeCloseTo(lines.length * 10 * textMetrics.lineHeight);
    expect(box.width).toBeLessThanOrEqual(width);
  });

  it('measures the longest line at the real glyph widths', () => {
    expect(estimateTextBox('ab\nabcd', 10).width).toBeCloseTo(5.57 + 5.57 + 5 + 5.57);
    expect(estimateTextBox('æøå', 10).width).toBeCloseTo(8.9 + 6.11 + 5.57);
    // The word the theme sticky used to split: 168 by the old 0.6-em guess, 134 as Helvetica sets it.
    expect(estimateTextBox('Loneliness', 28).width).toBeCloseTo(134.06);
    expect(textWidth('Loneliness', 28)).toBeCloseTo(134.06);
  });

  it('keeps a word whole whenever it fits the line on its own', () => {
    expect(estimateTextBox('Loneliness', 28, 140).lines).toEqual(['Loneliness']);
    expect(estimateTextBox('Loneliness and belonging', 28, 140).lines).toEqual([
      'Loneliness',
      'and',
      'belonging',
    ]);
  });

  it('breaks a word only when it alone is wider than the line, filling each line', () => {
    const word = 'a'.repeat(60);
    const box = estimateTextBox(`see ${word} now`, 10, 100);
    // 100 holds 17 a's (5.57 each) with the hyphen (3.34) after 16 of them.
    // The word's last piece is a word like any other: the next word may follow it on its line.
    expect(box.lines).toEqual([
      'see',
      `${'a'.repeat(17)}-`,
      `${'a'.repeat(17)}-`,
      `${'a'.repeat(17)}-`,
      `${'a'.repeat(9)} now`,
    ]);
    expect(box.width).toBeLessThanOrEqual(100);
  });

  it('wraps a long URL into pieces that each fit, losing no character', () => {
    const url = 'https://example.org/network/meetings/2026/unfold-the-theme?lang=da&view=print';
    const box = estimateTextBox(url, 10, 120);
    expect(box.lines.length).toBeGreaterThan(1);
    // Broken after its slashes and dashes (which take no hyphen added) or cut with a hyphen.
    expect(box.lines.join('').replaceAll('-', '')).toBe(url.replaceAll('-', ''));
    for (const line of box.lines.slice(0, -1)) expect(line).toMatch(/[-/]$/);
    for (const line of box.lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
  });

  it('counts bold glyphs wider, so bold text wraps sooner', () => {
    expect(textWidth('ten chars!', 10, true)).toBeGreaterThan(textWidth('ten chars!', 10));
    expect(estimateTextBox('ten chars!', 10, 45).lines).toHaveLength(1);
    expect(estimateTextBox('ten chars!', 10, 45, true).lines).toHaveLength(2);
  });

  it('never returns a line wider than the width, even when a glyph is wider', () => {
    expect(estimateTextBox('abc', 10, 1).lines).toEqual(['a-', 'b-', 'c']);
  });

  it('gives characters outside the table a width that does not undercount them', () => {
    expect(textWidth('🙂', 10)).toBeCloseTo(fallbackUnits.emoji / 100);
    expect(textWidth('Ж', 10)).toBeCloseTo(fallbackUnits.other / 100);
    // A Latin letter with an accent outside Latin-1 is as wide as its base letter; combining marks add nothing.
    expect(textWidth('ő', 10)).toBeCloseTo(textWidth('o', 10));
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10));
    expect(textWidth('👍🏽', 10)).toBeCloseTo(fallbackUnits.emoji / 100);
    expect(textWidth('\u0007', 10)).toBe(0);
  });

  it('gives the same answer with a cold and a warm cache', () => {
    const warm = estimateTextBox('the same text twice', 12, 80);
    clearTextBoxCache();
    expect(estimateTextBox('the same text twice', 12, 80)).toEqual(warm);
  });
});
