import type { Rect } from './harvest-result.ts';
import { createZoneGrid, zoneCandidates } from './zone-grid.ts';

/** A point in absolute board units. */
export interface Point {
  x: number;
  y: number;
}

/** Edges count as inside, so a note centred on a zone's border is not lost. */
export function containsPoint(zone: Rect, x: number, y: number): boolean {
  return x >= zone.left && x <= zone.left + zone.width && y >= zone.top && y <= zone.top + zone.height;
}

/** Which of two zones containing a point wins: the smaller, then the upper, the left, the first listed. */
export function isPreferredZone(zones: readonly Rect[], a: number, b: number): boolean {
  const za = zones[a];
  const zb = zones[b];
  if (!za || !zb) return za !== undefined;
  const areaA = za.width * za.height;
  const areaB = zb.width * zb.height;
  if (areaA !== areaB) return areaA < areaB;
  if (za.top !== zb.top) return za.top < zb.top;
  if (za.left !== zb.left) return za.left < zb.left;
  return a < b;
}

function pick(zones: readonly Rect[], list: readonly number[] | undefined, p: Point, best: number): number {
  if (!list) return best;
  let result = best;
  for (const i of list) {
    const zone = zones[i];
    if (zone && containsPoint(zone, p.x, p.y) && (result < 0 || isPreferredZone(zones, i, result)))
      result = i;
  }
  return result;
}

/**
 * For each point, the index of the zone containing it (-1 for none), through a uniform grid:
 * about O(points + zones) instead of all pairs.
 */
export function assignNotesToZones(points: readonly Point[], zones: readonly Rect[]): Int32Array {
  const grid = createZoneGrid(zones);
  const result = new Int32Array(points.length);
  points.forEach((p, n) => {
    const best = pick(zones, zoneCandidates(grid, p.x, p.y), p, -1);
    result[n] = pick(zones, grid.large, p, best);
  });
  return result;
}
