import { describe, expect, it } from 'vitest';
import { assignNotesToZones } from '../../shared/harvest/assign-notes-to-zones.ts';
import { collectHarvestInput } from '../../shared/harvest/collect-harvest-input.ts';
import { harvestReading } from '../../shared/harvest/harvest-reading.ts';
import { restoreBoardReading } from '../../shared/harvest/restore-board-reading.ts';
import { buildReading } from '../fixtures/build-snapshot.ts';
import { naiveAssignNotesToZones, naiveHarvestReading } from '../fixtures/naive-harvest.ts';

// Run with NETVERK_BENCH=1 npx vitest run: prints a table and asserts no timing (only that work was done).
const warmups = 10;
const runs = 21;
const targetMs = 50;

interface Timing {
  median: number;
  min: number;
}

/** Runs both in turn, so a busy shared machine slows both alike. */
function timePair(a: () => unknown, b: () => unknown): [Timing, Timing] {
  for (let i = 0; i < warmups; i += 1) [a(), b()];
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    [a, b].forEach((work, k) => {
      const start = performance.now();
      work();
      times[k]?.push(performance.now() - start);
    });
  }
  const summary = (list: number[]): Timing => {
    list.sort((x, y) => x - y);
    return { median: list[Math.floor(list.length / 2)] ?? Number.NaN, min: list[0] ?? Number.NaN };
  };
  return [summary(times[0]), summary(times[1])];
}

function row(name: string, indexed: Timing, naive: Timing): string {
  const ms = (t: Timing) => `${t.median.toFixed(2).padStart(8)} (${t.min.toFixed(2).padStart(6)})`;
  return `| ${name.padEnd(22)} | ${ms(indexed)} | ${ms(naive)} | ${(naive.median / indexed.median).toFixed(1).padStart(6)}× |`;
}

describe('harvest benchmark', () => {
  it('harvests 10,000 notes across 20 boards, indexed vs all pairs', () => {
    const { reading } = buildReading({ boards: 20, notes: 10_000, seed: 1, records: true });
    const restored = restoreBoardReading(reading);
    if (!restored.ok) throw new Error(restored.error.message);
    const input = collectHarvestInput(restored.value);
    const points = input.notes.map((n) => ({
      x: n.rect.left + n.rect.width / 2,
      y: n.rect.top + n.rect.height / 2,
    }));
    const zones = input.zones.map((z) => z.rect);
    expect([zones.length, input.notes.length]).toEqual([300, 10_000]);

    const [harvest, naiveHarvest] = timePair(
      () => harvestReading(reading),
      () => naiveHarvestReading(reading),
    );
    const [assign, naiveAssign] = timePair(
      () => assignNotesToZones(points, zones),
      () => naiveAssignNotesToZones(points, zones),
    );
    const ratio = naiveAssign.median / assign.median;
    console.log(
      [
        `Harvest: 10,000 notes, 300 zones, 20 boards; ms as median (min) of ${runs} runs after ${warmups} warm-ups`,
        `| ${'step'.padEnd(22)} | ${'grid index'.padEnd(17)} | ${'all pairs'.padEnd(17)} | ${'ratio'.padStart(7)} |`,
        `|${'-'.repeat(24)}|${'-'.repeat(19)}|${'-'.repeat(19)}|${'-'.repeat(9)}|`,
        row('whole harvest', harvest, naiveHarvest),
        row('zone assignment only', assign, naiveAssign),
        `Whole harvest under ${targetMs} ms: ${harvest.median < targetMs ? 'met' : 'NOT met'} (median ${harvest.median.toFixed(1)} ms)`,
        `Assignment at least 10× faster than all pairs: ${ratio >= 10 ? 'met' : 'NOT met'} (${ratio.toFixed(1)}×)`,
      ].join('\n'),
    );
  });
});
