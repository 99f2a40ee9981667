import type { Rect } from './harvest-result.ts';

/** A uniform grid over zone rectangles: each cell lists the zones overlapping it. */
export interface ZoneGrid {
  zones: readonly Rect[];
  left: number;
  top: number;
  cell: number;
  cols: number;
  rows: number;
  cells: (number[] | undefined)[];
  /** Zones too large for the grid are checked for every point instead. */
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
  return {
    left,
    top,
    cell,
    cols: Math.floor((right - left) / cell) + 1,
    rows: Math.floor((bottom - top) / cell) + 1,
  };
}

/** Builds the grid in O(zones × cells per zone). */
export function createZoneGrid(zones: readonly Rect[]): ZoneGrid {
  const frame = zones.length > 0 ? gridFrame(zones) : { left: 0, top: 0, cell: 1, cols: 0, rows: 0 };
  const grid: ZoneGrid = { zones, ...frame, cells: new Array(frame.cols * frame.rows), large: [] };
  if (!Number.isFinite(grid.cell) || !Number.isFinite(grid.cols * grid.rows)) {
    grid.cols = 0;
    grid.rows = 0;
    grid.large = zones.map((_, i) => i);
    return grid;
  }
  zones.forEach((z, i) => {
    const c0 = Math.floor((z.left - grid.left) / grid.cell);
    const c1 = Math.floor((z.left + z.width - grid.left) / grid.cell);
    const r0 = Math.floor((z.top - grid.top) / grid.cell);
    const r1 = Math.floor((z.top + z.height - grid.top) / grid.cell);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > maxCellsPerZone) {
      grid.large.push(i);
      return;
    }
    for (let r = r0; r <= r1; r += 1) {
      for (let c = c0; c <= c1; c += 1) {
        const key = r * grid.cols + c;
        const list = grid.cells[key];
        if (list) list.push(i);
        else grid.cells[key] = [i];
      }
    }
  });
  return grid;
}

/** The zones that may contain the point (a superset); check containment yourself. */
export function zoneCandidates(grid: ZoneGrid, x: number, y: number): readonly number[] | undefined {
  const c = Math.floor((x - grid.left) / grid.cell);
  const r = Math.floor((y - grid.top) / grid.cell);
  if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return undefined;
  return grid.cells[r * grid.cols + c];
}
