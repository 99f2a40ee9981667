/**
 * A UID for a series that is the same every time the same series is exported (so a re-import
 * updates it) and differs between series: a 64-bit FNV-1a hash of its title, first start (UTC) and rule.
 */
export function seriesUid(title: string, startMs: number, rrule: string): string {
  const text = `${title.trim()}\n${new Date(startMs).toISOString()}\n${rrule}`;
  return `netverk-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}@netverk`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
