/**
 * 32-bit FNV-1a over a string's code points (an emoji counts once, not as two halves): the one
 * stable hash behind Excalidraw's ids and seeds, the calendar series' UID, the board record's
 * write-ahead text keys and the extension's series keys. No clock, no `Math.random`: the same text
 * gives the same number everywhere. `seed` is FNV's offset basis unless a second, independent hash
 * of the same text is wanted.
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The hash as 8 hex digits, for keys and ids. */
export function fnv1aHex(text: string, seed?: number): string {
  return fnv1a(text, seed).toString(16).padStart(8, '0');
}
