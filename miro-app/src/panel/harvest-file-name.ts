import { type HarvestResult, safeFileName } from '../../../shared/index.ts';

/** `YYYY-MM-DD` in the facilitator's own zone: the day the board was made, else today. */
function dayOf(iso: string | undefined, now: Date): string {
  const date = iso === undefined ? now : new Date(iso);
  const day = Number.isNaN(date.getTime()) ? now : date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * A download's name that says what it holds: the board's title (or `allTitle` for several boards)
 * and its date, e.g. `Udfold temaet 2026-12-01.csv`, never a generic `netverk-harvest.csv`.
 */
export function harvestFileName(
  result: HarvestResult,
  allTitle: string,
  extension: string,
  now: Date = new Date(),
): string {
  const [first] = result.boards;
  const title = result.boards.length === 1 && first ? first.title : allTitle;
  return safeFileName(`${title} ${dayOf(first?.createdAt, now)}`, extension);
}
