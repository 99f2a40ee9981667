import type { StandInStats } from '../../miro-app/src/board/stand-in/index.ts';

/** The calls a generated board cannot do without: one create per item and connector, one `frame.add` per child. */
export function necessaryCalls(byMethod: StandInStats['byMethod']): number {
  return Object.entries(byMethod)
    .filter(([method]) => method.startsWith('create') || method === 'frame.add')
    .reduce((sum, [, n]) => sum + n, 0);
}

/**
 * The honest lower bound of a generation: only its necessary calls, `concurrency` at a time, and no
 * shorter than the one chain every board has (frame, child, `frame.add`: 3 calls). Placement, the board
 * record and the zoom are this generator's choices, so they are not in it: what they cost shows in the
 * ratio.
 */
export function necessaryCallBound(stats: StandInStats, concurrency: number, latencyMs: number) {
  const calls = necessaryCalls(stats.byMethod);
  return { calls, ms: Math.max(Math.ceil(calls / concurrency), 3) * latencyMs };
}
