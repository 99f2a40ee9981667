import type { Rect } from './harvest-result.ts';

/**
 * A uniform grid over zone rectangles, packed flat: the zones overlapping cell `c` are
 * `cellZones[cellStart[c] .. cellStart[c + 1])`. Zones too large for the grid are in `large`.
 */
export interface ZoneGrid {
  left: number;
  top: number;
  cell: number;
  cols: number;
  rows: number;
  cellStart: Int32Array;
  cellZones: Int32Array;
  large: number[];
}

const maxCellsPerZone = 64;

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 1;
}

function gridFrame(zones: readonly Rect[]) {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const z of zones) {
    left = Math.min(left, z.left);
    top = Math.min(top, z.top);
    right = Math.max(right, z.left + z.width);
    bottom = Math.max(bottom, z.top + z.height);
  }
  // Cells half a typical zone, so a point meets one or two candidates; coarser if zones lie far apart.
  let cell = Math.max(median(zones.map((z) => Math.max(z.width, z.height))) / 2, 1);
  const maxCells = 16 * zones.length + 4_096;
  const area = ((right - left) / cell + 1) * ((bottom - top) / cell + 1);
  if (area > maxCells) cell *= Math.sqrt(area / maxCells);
  // A frame far longer than wide (one zone 10^16 wide in a file) keeps one row: coarsen until it fits.
  while (Number.isFinite(cell) && ((right - left) / cell + 1) * ((bottom - top) / cell + 1) > 2 * maxCells)
    cell *= 2;
  const cols = Math.floor((right - left) / cell) + 1;
  const rows = Math.floor((bottom - top) / cell) + 1;
  // Coordinates near the limits of a double can still overflow: then every zone is "large".
  return Number.isFinite(cell) && Number.isFinite(cols * rows) ? { left, top, cell, cols, rows } : undefined;
}

/** The cells a zone covers, edges included, or undefined when it covers too many. */
function cellSpan(grid: ZoneGrid, z: Rect): [number, number, number, number] | undefined {
  const c0 = Math.floor((z.left - grid.left) / grid.cell);
  const c1 = Math.floor((z.left + z.width - grid.left) / grid.cell);
  const r0 = Math.floor((z.top - grid.top) / grid.cell);
  const r1 = Math.floor((z.top + z.height - grid.top) / grid.cell);
  return (c1 - c0 + 1) * (r1 - r0 + 1) > maxCellsPerZone ? undefined : [c0, c1, r0, r1];
}

/** Builds the grid in O(zones × cells per zone): count, prefix sums, fill. */
export function createZoneGrid(zones: readonly Rect[]): ZoneGrid {
  const frame = zones.length > 0 ? gridFrame(zones) : undefined;
  const empty = { left: 0, top: 0, cell: 1, cols: 0, rows: 0 };
  const grid: ZoneGrid = {
    ...(frame ?? empty),
    cellStart: new Int32Array(1),
    cellZones: new Int32Array(0),
    large: [],
  };
  if (!frame) {
    grid.large = zones.map((_, i) => i);
    return grid;
  }
  const spans = zones.map((z) => cellSpan(grid, z));
  const counts = new Int32Array(grid.cols * grid.rows + 1);
  const visit = (fill: (cell: number, zone: number) => void) =>
    spans.forEach((span, i) => {
      if (!span) return;
      for (let r = span[2]; r <= span[3]; r += 1)
        for (let c = span[0]; c <= span[1]; c += 1) fill(r * grid.cols + c, i);
    });
  visit((cell) => {
    counts[cell + 1] = (counts[cell + 1] as number) + 1;
  });
  for (let c = 1; c < counts.length; c += 1) counts[c] = (counts[c] as number) + (counts[c - 1] as number);
  grid.cellStart = counts.slice();
  grid.cellZones = new Int32Array(counts[counts.length - 1] as number);
  visit((cell, zone) => {
    const at = counts[cell] as number;
    grid.cellZones[at] = zone;
    counts[cell] = at + 1;
  });
  grid.large = spans.flatMap((span, i) => (span ? [] : [i]));
  return grid;
}

/** The cell holding a point, or -1 outside the grid; its zones are candidates, containment unchecked. */
export function cellAt(grid: ZoneGrid, x: number, y: number): number {
  const c = Math.floor((x - grid.left) / grid.cell);
  const r = Math.floor((y - grid.top) / grid.cell);
  return c < 0 || r < 0 || c >= grid.cols || r >= grid.rows ? -1 : r * grid.cols + c;
}
