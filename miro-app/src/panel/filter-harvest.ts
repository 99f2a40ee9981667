import type { HarvestResult } from '../../../shared/index.ts';

/** `all`, or the id of one generated board. */
export type HarvestScope = 'all' | (string & {});

/** The harvest limited to boards with zones, and to one generated board; notes outside every zone belong to no board, so only `all` keeps them. */
export function filterHarvest(result: HarvestResult, scope: HarvestScope): HarvestResult {
  // A board without zones (a summary the panel wrote) has nothing to harvest.
  const boards = result.boards.filter((board) => board.zones.length > 0);
  if (scope === 'all') return { ...result, boards };
  return { ...result, boards: boards.filter((board) => board.boardId === scope), unplaced: [] };
}

/** How many notes the harvest holds, zones and unplaced together. */
export function countHarvestNotes(result: HarvestResult): number {
  const inZones = result.boards.reduce(
    (sum, board) => sum + board.zones.reduce((zoneSum, zone) => zoneSum + zone.notes.length, 0),
    0,
  );
  return inZones + result.unplaced.length;
}
