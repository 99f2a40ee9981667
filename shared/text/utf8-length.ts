/**
 * UTF-8 sizes without TextEncoder, which the DOM-free core does not have: the size limits of imported
 * files and the iCalendar line folding (75 octets) count what the file will hold, not JS characters.
 */

/** Octets of one code point in UTF-8; a lone surrogate is written as U+FFFD, three octets as well. */
export function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Octets of a whole text in UTF-8. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += utf8Length(char);
  return bytes;
}
