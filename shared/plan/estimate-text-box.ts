import type { Locale } from '../i18n/locale.ts';
import { glyphUnits, kernUnits } from './glyph-units.ts';
import { hyphenationPoints } from './hyphenation-points.ts';

/**
 * How text is measured: each character at its real Helvetica/Arial advance width (the font the
 * SVG and the PDF set, see `helvetica-widths.ts`), lines 1.4 × fontSize tall. Wrapping is greedy
 * on spaces; a word alone wider than the line is broken between syllables of its language (TeX's
 * patterns), with a hyphen, or after a dash it has; only a syllable wider than the line is cut
 * between letters, and then with a hyphen too. One measure for boards, SVG, PDF and Miro.
 * `glyphWidth` (em) and `boldWidthFactor` are a generous per-character guess for callers that
 * cannot measure (the real average is nearer 0.5); `estimateTextBox` itself does not use them.
 */
export const textMetrics = { glyphWidth: 0.6, lineHeight: 1.4, boldWidthFactor: 1.1 } as const;

export interface TextBox {
  /** Width of the longest line, board units. */
  width: number;
  /** Lines × line height, board units. */
  height: number;
  lines: string[];
}

interface Word {
  text: string;
  /** Width in 1/1000 em, regular and bold. */
  regular: number;
  bold: number;
}

/** Width of the space between words, 1/1000 em (the same in Helvetica and Helvetica-Bold). */
const spaceUnits = 278;
const cacheLimit = 2_000;
const tokenCache = new Map<string, Word[][]>();

/**
 * Estimates the box of `text` at `fontSize`, wrapped at `maxWidth` (no wrapping when omitted); long
 * words are hyphenated by the rules of `locale` (without one, only cut with a hyphen).
 */
export function estimateTextBox(
  text: string,
  fontSize: number,
  maxWidth: number = Number.POSITIVE_INFINITY,
  bold = false,
  locale?: Locale,
): TextBox {
  const scale = fontSize / 1000;
  // A width that came back through arithmetic (box minus padding) may miss the text's by a rounding error.
  const limit = maxWidth * (1 + 1e-9) + 1e-9;
  const lines: Line[] = [];
  if (text !== '')
    for (const words of tokenize(text)) wrapParagraph(words, { scale, maxWidth: limit, bold, locale }, lines);
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.units);
  return {
    width: longest * scale,
    height: lines.length * fontSize * textMetrics.lineHeight,
    lines: lines.map((line) => line.text),
  };
}

const measures = new Map<Locale | undefined, typeof estimateTextBox>();

/**
 * The measure for one plan's language: the same breaks wherever the plan is laid out or drawn
 * (board, SVG, PDF), so a box sized by the layout holds its text everywhere.
 */
export function measureIn(locale: Locale | undefined): typeof estimateTextBox {
  let measure = measures.get(locale);
  if (!measure) {
    measure = (text, fontSize, maxWidth, bold, given) =>
      estimateTextBox(text, fontSize, maxWidth, bold, given ?? locale);
    measures.set(locale, measure);
  }
  return measure;
}

/** Width of `text` on one line at `fontSize`, board units. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return unitsOf(text, bold) * (fontSize / 1000);
}

/** Drops the tokenising cache (benchmarks measure cold runs with it). */
export function clearTextBoxCache(): void {
  tokenCache.clear();
}

interface Line {
  text: string;
  units: number;
}

function tokenize(text: string): Word[][] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const paragraphs = text.split('\n').map((paragraph) =>
    paragraph
      .split(/[ \t]+/)
      .filter((word) => word !== '')
      .map((word) => ({ text: word, regular: unitsOf(word, false), bold: unitsOf(word, true) })),
  );
  // A bounded cache: layouts re-measure the same texts while searching for a size that fits.
  if (tokenCache.size >= cacheLimit) tokenCache.clear();
  tokenCache.set(text, paragraphs);
  return paragraphs;
}

interface Wrap {
  scale: number;
  maxWidth: number;
  bold: boolean;
  locale: Locale | undefined;
}

function wrapParagraph(words: readonly Word[], wrap: Wrap, lines: Line[]): void {
  const { scale, maxWidth, bold } = wrap;
  let line = '';
  let units = 0;
  for (const word of words) {
    const wordUnits = bold ? word.bold : word.regular;
    if (line !== '' && (units + spaceUnits + wordUnits) * scale <= maxWidth) {
      line += ` ${word.text}`;
      units += spaceUnits + wordUnits;
      continue;
    }
    if (line !== '') lines.push({ text: line, units });
    if (wordUnits * scale <= maxWidth) {
      line = word.text;
      units = wordUnits;
      continue;
    }
    // Only a word wider than the whole line is broken: at syllables, as many per line as fit.
    const pieces = breakWord(word.text, wrap);
    const last = pieces.pop() ?? { text: '', units: 0 };
    lines.push(...pieces);
    line = last.text;
    units = last.units;
  }
  lines.push({ text: line, units });
}

function breakWord(word: string, wrap: Wrap): Line[] {
  const { scale, maxWidth, bold } = wrap;
  const points = hyphenationPoints(word, wrap.locale);
  const pieces: Line[] = [];
  let from = 0;
  for (;;) {
    const rest = word.slice(from);
    const restUnits = unitsOf(rest, bold);
    // What fits, or a last letter wider than the line, ends the word.
    if (restUnits * scale <= maxWidth || rest.length <= 1 || [...rest].length <= 1) {
      pieces.push({ text: rest, units: restUnits });
      return pieces;
    }
    // The longest run up to a break point that fits with its hyphen.
    let best: Line | undefined;
    let bestAt = 0;
    for (const point of points) {
      if (point.at <= from) continue;
      const text = word.slice(from, point.at) + (point.hyphen ? '-' : '');
      const units = unitsOf(text, bold);
      if (units * scale > maxWidth) break;
      best = { text, units };
      bestAt = point.at;
    }
    if (!best) [best, bestAt] = cutWithHyphen(word, from, wrap);
    pieces.push(best);
    from = bestAt;
  }
}

/** A syllable wider than the line: as many letters as fit with a hyphen (at least one letter). */
function cutWithHyphen(word: string, from: number, wrap: Wrap): [Line, number] {
  const chars = [...word.slice(from)];
  let best: [Line, number] | undefined;
  let text = '';
  for (const char of chars.slice(0, -1)) {
    text += char;
    const units = unitsOf(`${text}-`, wrap.bold);
    if (best && units * wrap.scale > wrap.maxWidth) break;
    best = [{ text: `${text}-`, units }, from + text.length];
  }
  return best ?? [{ text: word.slice(from), units: unitsOf(word.slice(from), wrap.bold) }, word.length];
}

function unitsOf(text: string, bold: boolean): number {
  let units = 0;
  let previous = -1;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    units += glyphUnits(codePoint, bold) + kernUnits(previous, codePoint, bold);
    previous = codePoint;
  }
  return units;
}
