import { assessDots } from './assess-dots.ts';
import type { HarvestNote, HarvestResult } from './harvest-result.ts';

/** Version of the JSON export; bump it with a named migration when its shape changes. */
export const harvestJsonVersion = 1;

function note(n: HarvestNote): HarvestNote {
  return n.color === undefined ? { id: n.id, text: n.text } : { id: n.id, text: n.text, color: n.color };
}

/** The harvest as stable, pretty JSON: `{ harvestVersion: 1, boards, unplaced, skipped }`, keys in a fixed order. */
export function renderHarvestJson(result: HarvestResult): string {
  const assessments = assessDots(result);
  const data = {
    harvestVersion: harvestJsonVersion,
    boards: result.boards.map((b) => ({
      boardId: b.boardId,
      templateId: b.templateId,
      title: b.title,
      zones: b.zones.map((z) => ({
        zoneId: z.zoneId,
        title: z.title,
        notes: z.notes.map(note),
        ...(z.dots !== undefined ? { dots: z.dots } : {}),
      })),
    })),
    // The dot votes, per board: counts, shares (0 to 1) and the strongest and weakest zones.
    ...(assessments.length > 0 ? { assessments } : {}),
    unplaced: result.unplaced.map(note),
    skipped: result.skipped.map((s) => ({ index: s.index, reason: s.reason })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
