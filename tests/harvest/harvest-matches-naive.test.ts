import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignNotesToZones } from '../../shared/harvest/assign-notes-to-zones.ts';
import { harvestReading } from '../../shared/harvest/harvest-reading.ts';
import { buildReading } from '../fixtures/build-snapshot.ts';
import { assignmentOf, naiveAssignNotesToZones, naiveHarvestReading } from '../fixtures/naive-harvest.ts';

describe('harvest of generated boards', () => {
  const built = buildReading({ boards: 20, notes: 10_000, seed: 42, records: true });
  const outcome = harvestReading(built.reading);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const result = outcome.result;

  it('puts 10,000 notes in the zones the fixture meant, as the all-pairs reference does', () => {
    const naive = naiveHarvestReading(built.reading);
    expect(naive.ok && assignmentOf(naive.result)).toEqual(built.expected);
    expect(assignmentOf(result)).toEqual(built.expected);
    expect(result.skipped).toEqual([]);
  });

  it('gives back every text as typed, and no seed note', () => {
    const texts = new Map(
      [...result.boards.flatMap((b) => b.zones.flatMap((z) => z.notes)), ...result.unplaced].map((n) => [
        n.id,
        n.text,
      ]),
    );
    expect(texts).toEqual(built.texts);
  });

  it('has 20 boards of 15 zones in reading order, titled from the records', () => {
    expect(result.boards.map((b) => b.boardId)).toEqual(Array.from({ length: 20 }, (_, b) => `board-${b}`));
    expect(result.boards[0]?.title).toBe('Record title board-0');
    expect(result.boards[0]?.zones.map((z) => z.zoneId).slice(0, 6)).toEqual([
      'z-0-0',
      'z-0-1',
      'z-0-2',
      'z-0-3',
      'z-0-4',
      'z-1-0',
    ]);
    expect(result.boards[0]?.zones[0]?.title).toBe('Zone 0.0 & <co>');
  });

  it('is the same without records, titled from the frames', () => {
    const bare = buildReading({ boards: 3, notes: 300, seed: 7 });
    const bareOutcome = harvestReading(bare.reading);
    expect(bareOutcome.ok && assignmentOf(bareOutcome.result)).toEqual(bare.expected);
    expect(bareOutcome.ok && bareOutcome.result.boards[0]?.title).toBe('Theme canvas board-0 <&>');
  });
});

describe('assignNotesToZones', () => {
  // Small integer coordinates make shared edges, corners and equal zones common.
  const rect = fc.record({
    left: fc.integer({ min: -50, max: 50 }),
    top: fc.integer({ min: -50, max: 50 }),
    width: fc.integer({ min: 0, max: 60 }),
    height: fc.integer({ min: 0, max: 60 }),
  });
  const point = fc.record({ x: fc.integer({ min: -60, max: 120 }), y: fc.integer({ min: -60, max: 120 }) });
  const huge = fc.record({
    left: fc.constant(-1e7),
    top: fc.constant(-1e7),
    width: fc.constant(2e7),
    height: fc.constant(2e7),
  });

  it('agrees with the all-pairs reference on overlapping, touching and huge zones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 20, arbitrary: rect }, { weight: 1, arbitrary: huge }), {
          maxLength: 40,
        }),
        fc.array(point, { maxLength: 60 }),
        (zones, points) => {
          expect([...assignNotesToZones(points, zones)]).toEqual([...naiveAssignNotesToZones(points, zones)]);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it.each([
    ['no zones', [], [{ x: 0, y: 0 }], [-1]],
    [
      'a zero-size zone is hit only on its point',
      [{ left: 5, top: 5, width: 0, height: 0 }],
      [
        { x: 5, y: 5 },
        { x: 6, y: 5 },
      ],
      [0, -1],
    ],
    [
      'zones far apart',
      [
        { left: 0, top: 0, width: 10, height: 10 },
        { left: 1e9, top: 1e9, width: 10, height: 10 },
      ],
      [
        { x: 1e9 + 5, y: 1e9 + 5 },
        { x: 5, y: 5 },
        { x: 5e8, y: 5e8 },
      ],
      [1, 0, -1],
    ],
  ])('%s', (_name, zones, points, expected) => {
    expect([...assignNotesToZones(points, zones)]).toEqual(expected);
  });
});
