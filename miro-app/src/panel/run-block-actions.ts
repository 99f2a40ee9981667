import type { GeneratedBoard, RunningOrderEntry } from '../../../shared/index.ts';
import type { BoardPort, PortItem } from '../board/index.ts';
import { blockFrameIds } from './block-frames.ts';

/** Zooms the board to a block's frame(s); rejects when a frame is no longer on the board. */
export async function showBlock(board: BoardPort, record: GeneratedBoard, entry: RunningOrderEntry) {
  const items: PortItem[] = [];
  for (const id of blockFrameIds(record, entry)) items.push(await board.getById(id));
  await board.viewport.zoomTo(items);
}

/** Where a block's time runs: Miro's board timer, or the panel (no timer on this plan, or it failed). */
export type BlockTimer = 'board' | 'panel' | 'board-failed';

/**
 * Starts Miro's board timer for a block when the board may use it (`canUse('timer')`, paid plans);
 * otherwise says the panel must count down. A timer still running (the previous block's) is stopped first. Durations are whole milliseconds, as Miro wants.
 */
export async function startBlockTimer(board: BoardPort, minutes: number): Promise<BlockTimer> {
  const usable = await board.canUse('timer').catch(() => false);
  if (!usable) return 'panel';
  try {
    // The board has one timer: the previous block's must stop before this block's starts.
    if ((await board.timer.get()).status === 'STARTED') await board.timer.stop();
    await board.timer.start(minutes * 60_000);
    return 'board';
  } catch {
    return 'board-failed';
  }
}
