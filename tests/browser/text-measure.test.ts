import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../shared/plan/estimate-text-box.ts';
import { winAnsiExtras } from '../../shared/plan/helvetica-widths.ts';
import { launchChromium } from './launch-chromium.ts';

// The SVG names this family first; on Linux Chromium finds Liberation Sans, Arial's metric twin.
const family = "Helvetica, Arial, 'Liberation Sans', sans-serif";
const size = 100;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><canvas></canvas>');
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Chromium's own widths of the texts at `size` px, kerning as it sets SVG text. */
function measure(texts: string[], bold = false): Promise<number[]> {
  return page.evaluate(
    ({ texts, font }) => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      context.font = font;
      return texts.map((text) => context.measureText(text).width);
    },
    { texts, font: `${bold ? 'bold ' : ''}${size}px ${family}` },
  );
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
// Soft hyphen draws nothing in a browser unless a line breaks there.
const winAnsi = [...range(0x20, 0x7e), ...range(0xa0, 0xff), ...winAnsiExtras].filter((c) => c !== '\u00ad');

// Helvetica's plus-minus and division signs (and bold micro sign) are wider than Arial's.
const helveticaWider = (bold: boolean) => (bold ? ['±', 'µ', '÷'] : ['±', '÷']);

describe('the text measure against Chromium', () => {
  it.each([false, true])('is never narrower than Chromium on any WinAnsi glyph (bold: %s)', async (bold) => {
    const widths = await measure(winAnsi, bold);
    const narrow = winAnsi.filter((char, i) => textWidth(char, size, bold) < (widths[i] ?? 0) - 0.01);
    expect(narrow).toEqual([]);
    // Wider than Chromium by more than a thousandth of an em only where Helvetica's glyph is wider.
    const wider = winAnsi.filter((char, i) => textWidth(char, size, bold) - (widths[i] ?? 0) > 0.11);
    expect(wider).toEqual(helveticaWider(bold));
  });

  it('never measures a sentence narrower than Chromium sets it', async () => {
    const sentences = [
      'Loneliness among older citizens',
      'Ensomhed blandt ældre – hvem skal vi tale med?',
      'Värdeskapande över gränserna: ”vad får vi ut av nätverket?”',
      'Tænk netværk – prøv det! Fællesskab, formål og struktur.',
      'WAVE To Ty Yo Vå rytme former',
    ];
    for (const bold of [false, true]) {
      const widths = await measure(sentences, bold);
      sentences.forEach((text, i) => {
        const browser = widths[i] ?? 0;
        expect(textWidth(text, size, bold)).toBeGreaterThanOrEqual(browser - 0.01);
        // Pairs that pull letters together ("AV", "To") are not counted: a few per cent at most.
        expect(textWidth(text, size, bold)).toBeLessThanOrEqual(browser * 1.05);
      });
    }
  });

  it('gives emoji and other scripts a width no narrower than Chromium draws them', async () => {
    const texts = ['🙂', '👍🏽', 'Ж', 'Ω', '漢', 'ő', 'e\u0301'];
    const widths = await measure(texts);
    texts.forEach((text, i) => {
      expect(textWidth(text, size)).toBeGreaterThanOrEqual((widths[i] ?? 0) - 0.01);
    });
  });
});
