/**
 * Benchmark of generating a whole session ("Unfold the theme": agenda frame and block frames as one
 * board) with the generator the Miro panel uses, on the stand-in at 50 ms a call, real timers.
 * Run: npm run build && NETVERK_BENCH=1 npx vitest run tests/bench/session-generate.bench.ts
 * It measures and prints; it asserts only counts (rate-limit errors, calls in flight), never times.
 */
import { describe, expect, it } from 'vitest';
import { generateBoard, generationConcurrency } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { findSession, layoutSession } from '../../shared/index.ts';

const latencyMs = 50;
// The panel's own number: the bench measures what people get.
const concurrency = generationConcurrency;
const layout = {
  locale: 'en',
  network: 'Network North',
  theme: 'Older people and digital services',
  participants: 14,
  startTime: '09:00',
} as const;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

describe('Session generation benchmark (stand-in, 50 ms a call)', () => {
  it('generates "Unfold the theme" against the sequential baseline and the lower bound', async () => {
    const session = findSession('unfold-the-theme');
    if (!session) throw new Error('no session unfold-the-theme');
    const plan = layoutSession(session, layout);
    const frames = plan.items.filter((item) => item.parentId === null).length;
    const children = plan.items.length - frames;

    const board = createStandInBoard({ latencyMs });
    const run = await timed(() => generateBoard(board, plan, { concurrency }));
    const stats = board.inspect.stats();

    // The baseline: the same session, every call awaited in turn (measured whole, not extrapolated).
    const sequentialBoard = createStandInBoard({ latencyMs });
    const sequential = await timed(() => generateBoard(sequentialBoard, plan, { concurrency: 1 }));
    const sequentialStats = sequentialBoard.inspect.stats();

    // Lower bounds, as for the pack: creates only (frames, then children, then connectors, c at a time);
    // and every call this run made, c at a time, no shorter than one board's longest chain of 8 calls.
    const rounds = (n: number) => Math.ceil(n / concurrency);
    const createBound = (rounds(frames) + rounds(children) + rounds(plan.connectors.length)) * latencyMs;
    const callBound = Math.max(rounds(stats.calls), 8) * latencyMs;
    const creditBound = Math.max(0, Math.ceil(stats.credits / 100_000) - 1) * 60_000;
    const lowerBound = Math.max(callBound, creditBound);
    // The honest bound of the task: only the calls the board needs — every create and one frame.add per
    // child — c at a time, and no shorter than the chain frame → child → frame.add (3 calls). Reads,
    // checkpoints and the final record are this generator's choices, so they are not in it.
    const necessaryCalls =
      (stats.byMethod['frame.add'] ?? 0) +
      Object.entries(stats.byMethod)
        .filter(([method]) => method.startsWith('create'))
        .reduce((sum, [, n]) => sum + n, 0);
    const necessaryBound = Math.max(rounds(necessaryCalls), 3) * latencyMs;
    // Not a bound of the task but of this generator's design: its checkpoint records (one per frame and
    // every 25 items, then the final one) are read and written one after another, a chain of round trips.
    const storage = (stats.byMethod['storage.get'] ?? 0) + (stats.byMethod['storage.set'] ?? 0);
    const checkpointChain = storage * latencyMs;

    console.log(
      [
        '',
        `Session "${plan.title}" (${layout.locale}, ${layout.participants} participants): ${frames} frames, ${children} children, ${plan.connectors.length} connectors`,
        `  calls            ${stats.calls} (${JSON.stringify(stats.byMethod)})`,
        `  credits          ${stats.credits.toLocaleString('en')} (budget 100,000 a minute)`,
        `  rate-limit errors ${stats.rateLimitErrors}, most calls in flight ${stats.maxInFlight}`,
        `  wall time        ${ms(run.ms)} (concurrency ${concurrency})`,
        `  sequential       ${ms(sequential.ms)} (${sequentialStats.calls} calls, each awaited in turn)`,
        `  speed-up         ${times(sequential.ms / run.ms)} (target ≥ 10×)`,
        `  lower bound      ${ms(lowerBound)} for the ${stats.calls} calls made → ${times(run.ms / lowerBound)} of it (target ≤ 1.5×)`,
        `  creates only     ${ms(createBound)} → ${times(run.ms / createBound)} of it (metadata and frame.add add calls)`,
        `  necessary calls  ${ms(necessaryBound)} for ${necessaryCalls} creates and frame.add at ${concurrency} in flight → session ratio ${times(run.ms / necessaryBound)} (target ≤ 1.5×)`,
        `  checkpoint chain ${ms(checkpointChain)}: ${storage} storage calls awaited in turn (board records per frame and every 25 items), the floor of this generator for one board`,
        '',
      ].join('\n'),
    );
    expect(stats.rateLimitErrors).toBe(0);
    expect(stats.maxInFlight).toBeLessThanOrEqual(concurrency);
    // Both runs made the same board: the baseline is the same work, only awaited call by call (the
    // checkpoints coalesce differently at different speeds, so only the necessary calls must match).
    const necessaryOf = (byMethod: Record<string, number>) =>
      Object.entries(byMethod)
        .filter(([method]) => method.startsWith('create') || method === 'frame.add')
        .reduce((sum, [, n]) => sum + n, 0);
    expect(necessaryOf(sequentialStats.byMethod)).toBe(necessaryCalls);
    expect(sequentialBoard.inspect.items()).toHaveLength(board.inspect.items().length);
  });
});
