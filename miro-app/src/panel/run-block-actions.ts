import type { TimerInstance } from '@mirohq/websdk-types';
import type { GeneratedBoard, RunningOrderEntry } from '../../../shared/index.ts';
import type { BoardPort, PortItem } from '../board/index.ts';
import { blockFrameIds } from './block-frames.ts';

/** Zooms the board to a block's frame(s); rejects when a frame is no longer on the board. */
export async function showBlock(board: BoardPort, record: GeneratedBoard, entry: RunningOrderEntry) {
  const items: PortItem[] = [];
  for (const id of blockFrameIds(record, entry)) items.push(await board.getById(id));
  await board.viewport.zoomTo(items);
}

/** Where a block's time runs: Miro's board timer (with its state), or the panel. */
export type BlockTimerStart =
  | { place: 'board'; timer: TimerInstance }
  /** No timer on this board's plan (`canUse('timer')` false). */
  | { place: 'panel' }
  /** Miro's timer refused: the panel counts down instead. */
  | { place: 'board-failed' };

/**
 * Starts Miro's board timer for a block when the board may use it. Every start is guarded by
 * `isStarted()`, as Miro's own sample does: what `start` does on a running (or paused) timer is
 * undocumented, so the previous block's timer is stopped first. Durations are whole milliseconds.
 */
export async function startBlockTimer(board: BoardPort, durationMs: number): Promise<BlockTimerStart> {
  const usable = await board.canUse('timer').catch(() => false);
  if (!usable) return { place: 'panel' };
  try {
    if (await board.timer.isStarted()) await board.timer.stop();
    return { place: 'board', timer: await board.timer.start(durationMs) };
  } catch {
    return { place: 'board-failed' };
  }
}
