import type { HarvestResult } from './harvest-result.ts';

/** One assessed zone: its dots and their share of the board's dots (0 to 1). */
export interface DotScore {
  zoneId: string;
  /** The zone's title, without the part every assessed zone shares (a matrix's column). */
  label: string;
  count: number;
  share: number;
}

/** A board's dot vote: per zone the count and share, and which zones came out strongest and weakest. */
export interface DotAssessment {
  boardId: string;
  title: string;
  total: number;
  /** In reading order, as the board has them. */
  scores: DotScore[];
  /** Zone ids with the most dots; empty when no dot was placed or every zone got the same. */
  strongest: string[];
  /** Zone ids with the fewest dots; empty under the same conditions. */
  weakest: string[];
}

/** The " · …" ending every title shares (a matrix column's name): the chart names the rows alone. */
function withoutSharedEnding(titles: string[]): string[] {
  const endings = titles.map((title) => {
    const at = title.lastIndexOf(' · ');
    return at > 0 ? title.slice(at) : '';
  });
  const shared = endings[0];
  if (titles.length < 2 || !shared || endings.some((ending) => ending !== shared)) return titles;
  return titles.map((title) => title.slice(0, title.length - shared.length));
}

/**
 * The dot votes of a harvest, per generated board: every zone the template marks for voting (0 dots
 * included) and any other zone holding dots. Boards without either are left out.
 */
export function assessDots(result: HarvestResult): DotAssessment[] {
  return result.boards.flatMap((board) => {
    const zones = board.zones.filter((zone) => zone.dots !== undefined);
    if (zones.length === 0) return [];
    const counts = zones.map((zone) => zone.dots ?? 0);
    const total = counts.reduce((sum, count) => sum + count, 0);
    const labels = withoutSharedEnding(zones.map((zone) => zone.title || zone.zoneId));
    const scores = zones.map((zone, i) => ({
      zoneId: zone.zoneId,
      label: labels[i] ?? zone.zoneId,
      count: counts[i] ?? 0,
      share: total > 0 ? (counts[i] ?? 0) / total : 0,
    }));
    const most = Math.max(...counts);
    const fewest = Math.min(...counts);
    const decided = total > 0 && most !== fewest;
    return [
      {
        boardId: board.boardId,
        title: board.title,
        total,
        scores,
        strongest: decided ? scores.filter((s) => s.count === most).map((s) => s.zoneId) : [],
        weakest: decided ? scores.filter((s) => s.count === fewest).map((s) => s.zoneId) : [],
      },
    ];
  });
}

/** A share as a whole percentage, the way every export writes it. */
export function sharePercent(share: number): number {
  return Math.round(share * 100);
}
