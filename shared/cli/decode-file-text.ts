/** How a file's bytes could not be read as text. */
export type DecodeProblem = 'utf16' | 'not-utf8';

/**
 * A file's text: UTF-8, with or without its byte-order mark. UTF-16 (common from Windows tools) and
 * other encodings are named, never read as garbage; the core has no TextDecoder, so this is by hand.
 */
export function decodeFileText(
  data: Uint8Array | string,
): { ok: true; text: string } | { ok: false; problem: DecodeProblem } {
  if (typeof data === 'string') {
    if (data.includes('\u0000')) return { ok: false, problem: 'utf16' };
    return { ok: true, text: data.replace(/^\uFEFF/, '') };
  }
  const [a, b, c] = data;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return { ok: false, problem: 'utf16' };
  // UTF-16 without a mark still shows as NUL bytes between ASCII letters.
  if (data.subarray(0, 64).includes(0)) return { ok: false, problem: 'utf16' };
  const from = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  const text = utf8(data, from);
  return text === undefined ? { ok: false, problem: 'not-utf8' } : { ok: true, text };
}

function utf8(bytes: Uint8Array, from: number): string | undefined {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = from; i < bytes.length; ) {
    const first = bytes[i] ?? 0;
    const size =
      first < 0x80 ? 1 : first >= 0xf0 && first < 0xf5 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 ? 2 : 0;
    if (size === 0 || i + size > bytes.length) return undefined;
    let code = size === 1 ? first : first & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][size] ?? 0;
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    chunk.push(code);
    if (chunk.length >= 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += size;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
