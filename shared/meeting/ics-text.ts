import { utf8Length } from '../text/utf8-length.ts';

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines; other control characters are dropped. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\t\n]/gu, '')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and a
 * UTF-8 character (æ, ø, å, an emoji) is never split across lines.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/**
 * Text fit for an iCalendar TEXT value: RFC 5545 allows no control characters but tab (and line
 * breaks, which are escaped), so a BEL or ESC typed into a name never reaches the file.
 */
export function icsPlainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
}
