import { glyphUnits, kernUnits } from './glyph-units.ts';

/**
 * How text is measured: each character at its real Helvetica/Arial advance width (the font the
 * SVG and the PDF set, see `helvetica-widths.ts`), lines 1.4 × fontSize tall. Wrapping is greedy
 * on spaces; a word is broken between characters only when it alone is wider than the line.
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

/** Estimates the box of `text` at `fontSize`, wrapped at `maxWidth` (no wrapping when omitted). */
export function estimateTextBox(
  text: string,
  fontSize: number,
  maxWidth: number = Number.POSITIVE_INFINITY,
  bold = false,
): TextBox {
  const scale = fontSize / 1000;
  const lines: Line[] = [];
  if (text !== '') for (const words of tokenize(text)) wrapParagraph(words, scale, maxWidth, bold, lines);
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.units);
  return {
    width: longest * scale,
    height: lines.length * fontSize * textMetrics.lineHeight,
    lines: lines.map((line) => line.text),
  };
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

function wrapParagraph(
  words: readonly Word[],
  scale: number,
  maxWidth: number,
  bold: boolean,
  lines: Line[],
): void {
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
    // Only a word wider than the whole line is broken: as many characters per line as fit.
    const pieces = breakWord(word.text, scale, maxWidth, bold);
    const last = pieces.pop() ?? { text: '', units: 0 };
    lines.push(...pieces);
    line = last.text;
    units = last.units;
  }
  lines.push({ text: line, units });
}

function breakWord(word: string, scale: number, maxWidth: number, bold: boolean): Line[] {
  const pieces: Line[] = [];
  let text = '';
  let units = 0;
  let previous = -1;
  for (const char of word) {
    const codePoint = char.codePointAt(0) ?? 0;
    const charUnits = glyphUnits(codePoint, bold);
    const kern = text === '' ? 0 : kernUnits(previous, codePoint, bold);
    // A glyph wider than the line still gets a line of its own.
    if (text !== '' && (units + kern + charUnits) * scale > maxWidth) {
      pieces.push({ text, units });
      text = '';
      units = 0;
    } else units += kern;
    text += char;
    units += charUnits;
    previous = codePoint;
  }
  pieces.push({ text, units });
  return pieces;
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
