import { maxPlanTextLength } from '../../../shared/index.ts';

/** More lines than this in one field go on the last sticky together, so a zone stays readable. */
export const maxStickiesPerZone = 12;

/** A draft field's text as notes: one per non-empty line, bullets dropped; the tail beyond the limit shares the last note. */
export function splitNotes(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  const kept = lines.slice(0, maxStickiesPerZone - 1);
  const rest = lines.slice(maxStickiesPerZone - 1);
  if (rest.length > 0) kept.push(rest.join('\n'));
  return kept.map((line) => line.slice(0, maxPlanTextLength));
}
