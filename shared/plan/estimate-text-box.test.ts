import { describe, expect, it } from 'vitest';
import { clearTextBoxCache, estimateTextBox, textMetrics } from './estimate-text-box.ts';

// At fontSize 10 a glyph is 6 wide and a line 14 tall: a width of 60 holds ten characters.
describe('estimateTextBox', () => {
  it.each([
    { text: '', width: 60, lines: [] },
    { text: 'short', width: 60, lines: ['short'] },
    { text: 'ten chars!', width: 60, lines: ['ten chars!'] },
    { text: 'one two three four', width: 60, lines: ['one two', 'three four'] },
    { text: 'abcdefghijklmnopqrstuvwxy', width: 60, lines: ['abcdefghij', 'klmnopqrst', 'uvwxy'] },
    { text: 'a abcdefghijklmnopqrst', width: 60, lines: ['a', 'abcdefghij', 'klmnopqrst'] },
    { text: 'line one\nline two', width: 600, lines: ['line one', 'line two'] },
    { text: 'para\n\nafter gap', width: 600, lines: ['para', '', 'after gap'] },
    { text: 'spaces   collapse  here', width: 600, lines: ['spaces collapse here'] },
    { text: 'æøå äöé ÆØÅ', width: 42, lines: ['æøå äöé', 'ÆØÅ'] },
    { text: '🙂🙂🙂 x', width: 24, lines: ['🙂🙂🙂', 'x'] },
  ])('wraps $text at $width', ({ text, width, lines }) => {
    const box = estimateTextBox(text, 10, width);
    expect(box.lines).toEqual(lines);
    expect(box.height).toBeCloseTo(lines.length * 10 * textMetrics.lineHeight);
    expect(box.width).toBeLessThanOrEqual(width);
  });

  it('measures the longest line, in code points', () => {
    expect(estimateTextBox('ab\nabcd', 10).width).toBeCloseTo(4 * 6);
    expect(estimateTextBox('æøå', 10).width).toBeCloseTo(3 * 6);
  });

  it('counts bold glyphs wider, so bold text wraps sooner', () => {
    expect(estimateTextBox('ten chars!', 10, 60).lines).toHaveLength(1);
    expect(estimateTextBox('ten chars!', 10, 60, true).lines).toHaveLength(2);
  });

  it('never returns a line wider than the width, even when a glyph is wider', () => {
    expect(estimateTextBox('abc', 10, 1).lines).toEqual(['a', 'b', 'c']);
  });

  it('gives the same answer with a cold and a warm cache', () => {
    const warm = estimateTextBox('the same text twice', 12, 80);
    clearTextBoxCache();
    expect(estimateTextBox('the same text twice', 12, 80)).toEqual(warm);
  });
});
