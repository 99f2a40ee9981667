/**
 * The mark on an agenda Netverk inserted: an invisible WORD JOINER after its heading. It lives in
 * the TEXT, so it survives hosts that re-serialise the editor's HTML (and drop our attributes),
 * and nobody types it, so an agenda the user wrote is never taken for ours and overwritten.
 */
export const agendaMark = '\u2060';

// The lines the core renders for agenda items, each starting with a time span:
// "09:00–09:10  Welcome" or, without a start, "0–5 minutes  Welcome" ("minutter", "minuter", "min.").
const spanLine = /^\s*(?:\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}|\d+\s*[–-]\s*\d+\s*min\p{L}*\.?)\s/u;

/** The agenda text with the mark after its first line (its heading). */
export function markAgenda(text: string): string {
  const lines = text.split('\n');
  const heading = lines.findIndex((line) => line.trim() !== '');
  if (heading < 0) return text;
  lines[heading] = `${(lines[heading] ?? '').trimEnd()}${agendaMark}`;
  return lines.join('\n');
}

/** Where our agenda sits in a list of lines: from its marked heading to its last timed line (inclusive). */
export function findAgendaLines(lines: readonly string[]): { first: number; last: number } | undefined {
  const first = lines.findIndex((line) => line.trimEnd().endsWith(agendaMark));
  if (first < 0) return undefined;
  let last = first;
  // Blank lines between items are tolerated: some editors add an empty paragraph per line.
  for (let j = first + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (spanLine.test(line)) last = j;
    else if (line.trim() !== '') break;
  }
  return { first, last };
}

/** Character offsets of our agenda in a plain text (a textarea's value), end exclusive. */
export function findAgendaRange(text: string): { start: number; end: number } | undefined {
  const lines = text.split('\n');
  const found = findAgendaLines(lines);
  if (!found) return undefined;
  const offset = (index: number) => lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0);
  return { start: offset(found.first), end: offset(found.last) + (lines[found.last] ?? '').length };
}
