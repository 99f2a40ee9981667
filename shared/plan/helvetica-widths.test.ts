import { PDFDocument, registerStdFonts } from 'pdfkit/browser';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';
import { describe, expect, it } from 'vitest';
import { textWidth } from './estimate-text-box.ts';
import { winAnsiExtras } from './helvetica-widths.ts';

registerStdFonts(Helvetica, HelveticaBold);
const doc = new PDFDocument({ autoFirstPage: false });

function pdfkitWidth(text: string, bold: boolean, fontSize: number): number {
  return doc
    .font(bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(fontSize)
    .widthOfString(text);
}

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const winAnsi = [...codePoints(0x20, 0x7e), ...codePoints(0xa0, 0xff), ...winAnsiExtras];

// pdfkit sets the PDF's text in Adobe's Helvetica metrics: the table must agree glyph for glyph.
describe('the Helvetica width table', () => {
  it.each([false, true])('is never narrower than pdfkit on any WinAnsi character (bold: %s)', (bold) => {
    const narrow = winAnsi.filter(
      (char) => textWidth(char, 1000, bold) < pdfkitWidth(char, bold, 1000) - 1e-9,
    );
    expect(narrow).toEqual([]);
    expect(winAnsi).toHaveLength(95 + 96 + 27);
  });

  it.each([false, true])(
    'is at most a thousandth of an em wider, but where Arial draws wider (bold: %s)',
    (bold) => {
      const wider = winAnsi.filter(
        (char) => textWidth(char, 1000, bold) - pdfkitWidth(char, bold, 1000) > 1 + 1e-9,
      );
      // Arial's macron, micro sign, middle dot and Ÿ are wider than Helvetica's; the browser sets Arial
      // (Liberation Sans 2 draws the middle dot a third of an em wide).
      expect(wider.sort()).toEqual(['Ÿ', '¯', 'µ', '·'].filter((c) => !bold || c !== 'µ').sort());
    },
  );

  it.each([
    'Loneliness',
    'former, sort, rytme',
    'Fremtidens værdier.',
    'Fælles værdiskabelse på tværs af forvaltninger',
    'Värdeskapande över gränserna – ”vad får vi ut?”',
    'ÆØÅ äöü é € 100 %',
  ])('never measures "%s" narrower than pdfkit sets it, and at most kerning wider', (text) => {
    for (const bold of [false, true]) {
      const pdf = pdfkitWidth(text, bold, 28);
      expect(textWidth(text, 28, bold)).toBeGreaterThanOrEqual(pdf - 1e-9);
      // Only the kerning pairs that pull letters together are left out: a few per cent at most.
      expect(textWidth(text, 28, bold)).toBeLessThanOrEqual(pdf * 1.02);
    }
  });

  it('counts the kerning pairs that push letters apart, as pdfkit does', () => {
    // No pair here pulls letters together: the measure is pdfkit's, but for Arial's rounding.
    for (const word of ['rt', 'rm', 'ri']) {
      expect(textWidth(word, 1000)).toBeGreaterThanOrEqual(pdfkitWidth(word, false, 1000));
      expect(textWidth(word, 1000)).toBeLessThanOrEqual(pdfkitWidth(word, false, 1000) + 2);
    }
    expect(textWidth('rt', 28)).toBeGreaterThan(textWidth('r', 28) + textWidth('t', 28));
  });

  it('would catch a wrong entry: a table of average widths does not match', () => {
    const average = (text: string) => [...text].length * 0.6 * 28;
    expect(Math.abs(average('Loneliness') - pdfkitWidth('Loneliness', false, 28))).toBeGreaterThan(30);
  });
});
