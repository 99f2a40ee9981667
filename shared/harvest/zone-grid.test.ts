import { describe, expect, it } from 'vitest';
import { assignNotesToZones } from './assign-notes-to-zones.ts';
import { createZoneGrid } from './zone-grid.ts';

describe('createZoneGrid', () => {
  it('stays small when one zone is absurdly long (a damaged file), and still assigns notes', () => {
    const zones = [
      { left: 0, top: 0, width: 2e16, height: 1_000 },
      { left: 100, top: 100, width: 200, height: 200 },
      { left: 400, top: 100, width: 200, height: 200 },
    ];
    const grid = createZoneGrid(zones);
    expect(grid.cols * grid.rows).toBeLessThanOrEqual(2 * (16 * zones.length + 4_096));
    expect([
      ...assignNotesToZones(
        [
          { x: 150, y: 150 },
          { x: 450, y: 150 },
          { x: 1e15, y: 500 },
        ],
        zones,
      ),
    ]).toEqual([1, 2, 0]);
  });
});
