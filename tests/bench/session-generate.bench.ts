/**
 * Benchmark of generating a whole session ("Unfold the theme": agenda frame and block frames as one
 * board) with the generator the Miro panel uses, on the stand-in at 50 ms a call, real timers.
 * Run: npm run build && NETVERK_BENCH=1 npx vitest run tests/bench/session-generate.bench.ts
 * It measures and prints (the session ratio: wall time over the necessary-call bound); it asserts only
 * counts (rate-limit errors, calls in flight, the same necessary calls both ways), never times.
 */
import { describe, expect, it } from 'vitest';
import { generateBoard, generationConcurrency } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { findSession, layoutSession } from '../../shared/index.ts';
import { necessaryCallBound, necessaryCalls } from './necessary-call-bound.ts';

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
  it('generates "Unfold the theme" against the sequential baseline and its necessary-call bound', async () => {
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

    const bound = necessaryCallBound(stats, concurrency, latencyMs);
    const storage = (stats.byMethod['storage.get'] ?? 0) + (stats.byMethod['storage.set'] ?? 0);

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
        `  bound            ${ms(bound.ms)}: the ${bound.calls} necessary calls (creates and frame.add) at ${concurrency} in flight`,
        `  session ratio    ${times(run.ms / bound.ms)} of the bound (target ≤ 1.5×); beyond the necessary calls: ${stats.calls - bound.calls}, of them ${storage} for the board record (written ahead, checkpoints, complete)`,
        '',
      ].join('\n'),
    );
    expect(stats.rateLimitErrors).toBe(0);
    expect(stats.maxInFlight).toBeLessThanOrEqual(concurrency);
    // Both runs made the same board: the baseline is the same work, only awaited call by call (the
    // checkpoints coalesce differently at different speeds, so only the necessary calls must match).
    expect(necessaryCalls(sequentialStats.byMethod)).toBe(bound.calls);
    expect(sequentialBoard.inspect.items()).toHaveLength(board.inspect.items().length);
  });
});
