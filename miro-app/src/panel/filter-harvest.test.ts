import { describe, expect, it } from 'vitest';
import type { HarvestResult } from '../../../shared/index.ts';
import { countHarvestNotes, filterHarvest } from './filter-harvest.ts';

const result: HarvestResult = {
  boards: [
    {
      boardId: 'b1',
      templateId: 'theme-canvas',
      title: 'One',
      zones: [{ zoneId: 'z', title: 'Z', notes: [{ id: 'n1', text: 'a' }] }],
    },
    {
      boardId: 'b2',
      templateId: 'field-walk',
      title: 'Two',
      zones: [
        {
          zoneId: 'y',
          title: 'Y',
          notes: [
            { id: 'n2', text: 'b' },
            { id: 'n3', text: 'c' },
          ],
        },
      ],
    },
  ],
  unplaced: [{ id: 'n4', text: 'loose' }],
  skipped: [],
};

describe('filterHarvest', () => {
  it.each([
    ['all', ['b1', 'b2'], 1, 4],
    ['b2', ['b2'], 0, 2],
    ['b1', ['b1'], 0, 1],
    ['gone', [], 0, 0],
  ] as const)('scope %s keeps boards %j, %i unplaced, %i notes', (scope, boards, unplaced, notes) => {
    const filtered = filterHarvest(result, scope);
    expect(filtered.boards.map((b) => b.boardId)).toEqual(boards);
    expect(filtered.unplaced).toHaveLength(unplaced);
    expect(countHarvestNotes(filtered)).toBe(notes);
  });
});
