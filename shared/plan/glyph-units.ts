import { type FontWidths, helveticaWidths, winAnsiExtras } from './helvetica-widths.ts';
import { latinExtendedFirst, latinExtendedWidths } from './latin-extended-widths.ts';

/** Fallback widths, 1/1000 em, for characters the Helvetica table lacks: never narrower than drawn. */
export const fallbackUnits = {
  /** Emoji: colour emoji fonts draw them about 1.25 em wide. */
  emoji: 1250,
  /** Any other character (Greek, Cyrillic, CJK…): a full em, wider than nearly every glyph. */
  other: 1000,
} as const;

// Drawn with no width of their own: combining accents, joiners, variation selectors, skin tones.
const zeroWidth = /\p{Mn}|\p{Me}|\p{Cf}|\p{Emoji_Modifier}/u;
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function table(widths: FontWidths): Int16Array {
  // Indexed by code point below 256; -1 marks control characters, which draw nothing.
  const low = new Int16Array(256).fill(-1);
  widths.ascii.forEach((w, i) => {
    low[0x20 + i] = w;
  });
  widths.latin1.forEach((w, i) => {
    low[0xa0 + i] = w;
  });
  return low;
}

function extras(widths: FontWidths): Map<number, number> {
  return new Map([...winAnsiExtras].map((char, i) => [char.codePointAt(0) ?? 0, widths.extras[i] ?? 0]));
}

const planes = 0x110000;

function widening(widths: FontWidths): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const [left, amount, rights] of widths.widening)
    for (const right of rights)
      pairs.set(pairKey(left.codePointAt(0) ?? 0, right.codePointAt(0) ?? 0), amount);
  return pairs;
}

function pairKey(left: number, right: number): number {
  return left * planes + right;
}

function fontOf(widths: FontWidths) {
  const kerns = widening(widths);
  const lefts = new Set([...kerns.keys()].map((key) => Math.floor(key / planes)));
  return { low: table(widths), high: extras(widths), kerns, lefts };
}

const fonts = { regular: fontOf(helveticaWidths.regular), bold: fontOf(helveticaWidths.bold) };

/** Extra width, 1/1000 em, that kerning puts between `left` and `right` (0 for most pairs). */
export function kernUnits(left: number, right: number, bold: boolean): number {
  const font = bold ? fonts.bold : fonts.regular;
  if (!font.lefts.has(left)) return 0;
  return font.kerns.get(pairKey(left, right)) ?? 0;
}

/** Width of one character in 1/1000 em of Helvetica (bold or not); integers, so sums stay exact. */
export function glyphUnits(codePoint: number, bold: boolean): number {
  const font = bold ? fonts.bold : fonts.regular;
  if (codePoint < 256) return Math.max(0, font.low[codePoint] ?? 0);
  const known = font.high.get(codePoint);
  if (known !== undefined) return known;
  const extended = latinExtendedWidths[bold ? 'bold' : 'regular'][codePoint - latinExtendedFirst];
  const fallback = extended ?? fallbackOf(codePoint, font.low);
  font.high.set(codePoint, fallback);
  return fallback;
}

function fallbackOf(codePoint: number, low: Int16Array): number {
  const char = String.fromCodePoint(codePoint);
  if (zeroWidth.test(char)) return 0;
  if (emoji.test(char)) return fallbackUnits.emoji;
  // A Latin letter with an accent outside Latin-1 (ő, ł is not one) is as wide as its base letter.
  const base = char.normalize('NFD').codePointAt(0) ?? codePoint;
  if (base < 256 && base !== codePoint && (low[base] ?? -1) > 0) return low[base] ?? fallbackUnits.other;
  return fallbackUnits.other;
}
