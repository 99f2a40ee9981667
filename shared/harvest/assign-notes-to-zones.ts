import type { Rect } from './harvest-result.ts';
import { cellAt, createZoneGrid, type ZoneGrid } from './zone-grid.ts';

/** A point in absolute board units. */
export interface Point {
  x: number;
  y: number;
}

/** Zones packed as left, top, right, bottom, area: the hot loop reads numbers, not objects. */
function packZones(zones: readonly Rect[]): Float64Array {
  const box = new Float64Array(zones.length * 5);
  zones.forEach((z, i) => {
    box.set([z.left, z.top, z.left + z.width, z.top + z.height, z.width * z.height], i * 5);
  });
  return box;
}

/** Which of two zones containing a point wins (edges count as inside): the smaller, then the upper, the left, the first listed. */
function isPreferred(box: Float64Array, a: number, b: number): boolean {
  const areaA = box[a * 5 + 4] as number;
  const areaB = box[b * 5 + 4] as number;
  if (areaA !== areaB) return areaA < areaB;
  const topA = box[a * 5 + 1] as number;
  const topB = box[b * 5 + 1] as number;
  if (topA !== topB) return topA < topB;
  const leftA = box[a * 5] as number;
  const leftB = box[b * 5] as number;
  return leftA !== leftB ? leftA < leftB : a < b;
}

function contains(box: Float64Array, i: number, x: number, y: number): boolean {
  const k = i * 5;
  return (
    x >= (box[k] as number) &&
    y >= (box[k + 1] as number) &&
    x <= (box[k + 2] as number) &&
    y <= (box[k + 3] as number)
  );
}

function pickLarge(grid: ZoneGrid, box: Float64Array, x: number, y: number, found: number): number {
  let best = found;
  for (const i of grid.large) if (contains(box, i, x, y) && (best < 0 || isPreferred(box, i, best))) best = i;
  return best;
}

/**
 * For each point, the index of the zone containing it (-1 for none), through a uniform grid:
 * about O(points + zones) instead of all pairs.
 */
export function assignNotesToZones(points: readonly Point[], zones: readonly Rect[]): Int32Array {
  const grid = createZoneGrid(zones);
  const box = packZones(zones);
  const result = new Int32Array(points.length);
  const { cellStart, cellZones, large } = grid;
  for (let n = 0; n < points.length; n += 1) {
    const { x, y } = points[n] as Point;
    const cell = cellAt(grid, x, y);
    let best = -1;
    // The harvest's hot loop, once per note: kept inline rather than behind a helper call.
    const end = cell < 0 ? 0 : (cellStart[cell + 1] as number);
    for (let k = cell < 0 ? 0 : (cellStart[cell] as number); k < end; k += 1) {
      const i = cellZones[k] as number;
      if (contains(box, i, x, y) && (best < 0 || isPreferred(box, i, best))) best = i;
    }
    result[n] = large.length > 0 ? pickLarge(grid, box, x, y, best) : best;
  }
  return result;
}
