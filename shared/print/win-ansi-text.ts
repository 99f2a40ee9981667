import { winAnsiExtras } from '../plan/helvetica-widths.ts';

const extras = new Set([...winAnsiExtras].map((char) => char.codePointAt(0)));
const dropped =
  /\p{Mn}|\p{Me}|\p{Cc}|\p{Cf}|\p{Emoji_Modifier}|\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function printable(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    extras.has(codePoint)
  );
}

/**
 * Text the PDF's standard Helvetica can draw (WinAnsi: Latin-1 with æøåäöé, quotes, dashes, €):
 * other accented letters lose their accent (ő → o), emoji and invisible marks are left out, any
 * other character becomes "?". Line breaks stay.
 */
export function winAnsiText(text: string): string {
  return drawableText(text, printable);
}

/**
 * Text a font can draw, given which characters it has: a letter it lacks loses its accent if the
 * base letter is there, emoji and invisible marks are left out, anything else becomes "?".
 */
export function drawableText(text: string, has: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n' || (codePoint >= 0x20 && has(codePoint))) {
      out += char;
      continue;
    }
    if (char === '\t') {
      out += ' ';
      continue;
    }
    const base = char.normalize('NFD').codePointAt(0) ?? codePoint;
    if (base !== codePoint && has(base)) out += String.fromCodePoint(base);
    else if (!dropped.test(char)) out += '?';
  }
  return out;
}
