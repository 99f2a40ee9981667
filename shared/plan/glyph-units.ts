import { type FontWidths, helveticaWidths, winAnsiExtras } from './helvetica-widths.ts';

/** Fallback widths, 1/1000 em, for characters the Helvetica table lacks: never narrower than drawn. */
export const fallbackUnits = {
  /** Emoji: colour emoji fonts draw them about 1.25 em wide. */
  emoji: 1250,
  /** Any other character (Greek, Cyrillic, CJK…): a full em, wider than nearly every glyph. */
  other: 1000,
} as const;

// Drawn with no width of their own: combining accents, joiners, variation selectors, skin tones.
const zeroWidth = /[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;
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

const fonts = {
  regular: { low: table(helveticaWidths.regular), high: extras(helveticaWidths.regular) },
  bold: { low: table(helveticaWidths.bold), high: extras(helveticaWidths.bold) },
};

/** Width of one character in 1/1000 em of Helvetica (bold or not); integers, so sums stay exact. */
export function glyphUnits(codePoint: number, bold: boolean): number {
  const font = bold ? fonts.bold : fonts.regular;
  if (codePoint < 256) return Math.max(0, font.low[codePoint] ?? 0);
  const known = font.high.get(codePoint);
  if (known !== undefined) return known;
  const fallback = fallbackOf(codePoint, font.low);
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
