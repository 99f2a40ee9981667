/**
 * Benchmark of the Miro app's board layer against the stand-in with 50 ms per call, real timers.
 * Run: NETVERK_BENCH=1 npx vitest run tests/bench/miro-generate.bench.ts
 * It measures and prints; it asserts only counts (rate-limit errors, read calls), never times.
 */
import { describe, expect, it } from 'vitest';
import { generateBoard, generationConcurrency, readBoardSnapshot } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { type BoardPlan, builtInTemplates, harvestReading, layoutTemplate } from '../../shared/index.ts';
import { necessaryCallBound } from './necessary-call-bound.ts';

const latencyMs = 50;
// The panel's own number: the bench measures what people get.
const concurrency = generationConcurrency;
const layout = {
  locale: 'en',
  network: 'Network North',
  theme: 'Older people and digital services',
  participants: 6,
  startTime: '09:00',
} as const;

const packPlans = (): BoardPlan[] => builtInTemplates.map((template) => layoutTemplate(template, layout));

function shape(plans: readonly BoardPlan[]) {
  const items = plans.flatMap((plan) => plan.items);
  const frames = items.filter((item) => item.parentId === null).length;
  return {
    frames,
    children: items.length - frames,
    connectors: plans.reduce((n, p) => n + p.connectors.length, 0),
  };
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

describe('Miro generation benchmark (stand-in, 50 ms a call)', () => {
  it('generates the whole workshop pack against the sequential baseline and its necessary-call bound', async () => {
    const plans = packPlans();
    const board = createStandInBoard({ latencyMs });
    const run = await timed(() =>
      Promise.all(plans.map((plan) => generateBoard(board, plan, { concurrency }))),
    );
    const stats = board.inspect.stats();

    // The sequential baseline, each call awaited in turn, on a subset (the whole would take minutes).
    const subset = plans.slice(0, 2);
    const sequentialBoard = createStandInBoard({ latencyMs });
    const sequential = await timed(async () => {
      for (const plan of subset) await generateBoard(sequentialBoard, plan, { concurrency: 1 });
    });
    const sequentialCalls = sequentialBoard.inspect.stats().calls;
    const sequentialWhole = (sequential.ms / sequentialCalls) * stats.calls;

    const { frames, children, connectors } = shape(plans);
    const bound = necessaryCallBound(stats, concurrency, latencyMs);

    console.log(
      [
        '',
        `Whole pack: ${plans.length} templates (${layout.locale}), ${frames} frames, ${children} children, ${connectors} connectors`,
        `  calls            ${stats.calls} (${JSON.stringify(stats.byMethod)})`,
        `  credits          ${stats.credits.toLocaleString('en')} (budget 100,000 a minute)`,
        `  rate-limit errors ${stats.rateLimitErrors}, most calls in flight ${stats.maxInFlight}`,
        `  wall time        ${ms(run.ms)} (concurrency ${concurrency})`,
        `  sequential       ${ms(sequentialWhole)} EXTRAPOLATED from ${subset.length} templates (${sequentialCalls} calls in ${ms(sequential.ms)})`,
        `  speed-up         ${times(sequentialWhole / run.ms)} (target ≥ 10×)`,
        `  bound            ${ms(bound.ms)}: the ${bound.calls} necessary calls (creates and frame.add) at ${concurrency} in flight`,
        `  pack ratio       ${times(run.ms / bound.ms)} of the bound (target ≤ 1.5×); beyond the necessary calls: ${stats.calls - bound.calls} (placement, board records, zoom)`,
        '',
      ].join('\n'),
    );
    expect(stats.rateLimitErrors).toBe(0);
    expect(stats.maxInFlight).toBeLessThanOrEqual(concurrency);
  });

  it('harvests a board with 5,000 sticky notes in at most three read calls', async () => {
    const board = createStandInBoard({ latencyMs });
    const template = builtInTemplates.find((t) => t.id === 'theme-canvas') ?? builtInTemplates[0];
    if (!template) throw new Error('no templates');
    const plan = layoutTemplate(template, layout);
    const record = await generateBoard(board, plan, { placement: 'plan' });
    const zones = plan.items.filter((item) => item.meta.zoneId !== undefined);
    for (let i = 0; i < 5_000; i += 1) {
      const zone = zones[i % zones.length];
      if (!zone) break;
      const at = {
        x: zone.x + 20 + ((i * 7) % Math.max(1, zone.width - 40)),
        y: zone.y + 20 + ((i * 13) % Math.max(1, zone.height - 40)),
      };
      board.inspect.seed(
        'sticky_note',
        { ...at, width: 40, content: `<p>Note ${i}</p>` },
        { parentId: record.frameId },
      );
    }
    board.inspect.resetStats();
    const read = await timed(() => readBoardSnapshot(board));
    const reads = board.inspect.stats();
    const harvest = await timed(async () => harvestReading(read.value));
    const notes = harvest.value.ok
      ? harvest.value.result.boards.flatMap((b) => b.zones).reduce((n, z) => n + z.notes.length, 0)
      : 0;
    console.log(
      [
        '',
        'Harvest of a board with 5,000 participant notes',
        `  read calls       ${reads.reads} (${JSON.stringify(reads.byMethod)}), ${reads.credits} credits`,
        `  read time        ${ms(read.ms)} (${read.value.items.length} items in the snapshot)`,
        `  harvest time     ${ms(harvest.ms)} (${notes} notes in zones)`,
        '',
      ].join('\n'),
    );
    expect(reads.reads).toBeLessThanOrEqual(3);
    expect(notes).toBe(5_000);
  });
});
