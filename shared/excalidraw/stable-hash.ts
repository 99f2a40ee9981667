/**
 * A 32-bit FNV-1a hash of a string: Excalidraw's ids and seeds for a plan come from it, so the same
 * plan gives the same file, byte for byte (no `Math.random`, no clock).
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
