/**
 * Text-size heuristic for Latin text: an average glyph is 0.6 × fontSize wide and a line is
 * 1.4 × fontSize tall. Deliberately generous (real sans-serif averages nearer 0.5), so a box sized
 * by it holds the text in Miro and in the preview. Wrapping is greedy on spaces; a word longer
 * than a line is broken between characters. Bold glyphs count 10 % wider.
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
  /** Length in code points: å, ø and ä count once. */
  length: number;
}

const cacheLimit = 2_000;
const tokenCache = new Map<string, Word[][]>();

/** Estimates the box of `text` at `fontSize`, wrapped at `maxWidth` (no wrapping when omitted). */
export function estimateTextBox(
  text: string,
  fontSize: number,
  maxWidth: number = Number.POSITIVE_INFINITY,
  bold = false,
): TextBox {
  const glyph = fontSize * textMetrics.glyphWidth * (bold ? textMetrics.boldWidthFactor : 1);
  // The epsilon keeps a width that is an exact multiple of the glyph from losing a character.
  const maxChars = Math.max(1, Math.floor(maxWidth / glyph + 1e-9));
  const lines = text === '' ? [] : tokenize(text).flatMap((words) => wrapParagraph(words, maxChars));
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, codePointLength(line));
  return { width: longest * glyph, height: lines.length * fontSize * textMetrics.lineHeight, lines };
}

/** Drops the tokenising cache (benchmarks measure cold runs with it). */
export function clearTextBoxCache(): void {
  tokenCache.clear();
}

function tokenize(text: string): Word[][] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const paragraphs = text.split('\n').map((paragraph) =>
    paragraph
      .split(/[ \t]+/)
      .filter((word) => word !== '')
      .map((word) => ({ text: word, length: codePointLength(word) })),
  );
  // A bounded cache: layouts re-measure the same texts while searching for a size that fits.
  if (tokenCache.size >= cacheLimit) tokenCache.clear();
  tokenCache.set(text, paragraphs);
  return paragraphs;
}

function wrapParagraph(words: readonly Word[], maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  for (const word of words) {
    if (length > 0 && length + 1 + word.length <= maxChars) {
      line += ` ${word.text}`;
      length += 1 + word.length;
      continue;
    }
    if (length > 0) lines.push(line);
    if (word.length <= maxChars) {
      line = word.text;
      length = word.length;
      continue;
    }
    const chars = [...word.text];
    for (let at = 0; at + maxChars < chars.length; at += maxChars)
      lines.push(chars.slice(at, at + maxChars).join(''));
    const rest = chars.length % maxChars || maxChars;
    line = chars.slice(chars.length - rest).join('');
    length = rest;
  }
  lines.push(line);
  return lines;
}

function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}
