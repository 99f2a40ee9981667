import type { GeneratedBoard, RunningOrderEntry } from '../../../shared/index.ts';

/**
 * The frames to show for a block: its own (copies included) from the board record; an activity
 * (welcome, break, round) has none, so the agenda frame stands in.
 */
export function blockFrameIds(record: GeneratedBoard, entry: RunningOrderEntry): string[] {
  const own = (record.session?.frames ?? [])
    .filter((frame) => frame.blockId === entry.blockId)
    .map((frame) => frame.frameId);
  return own.length > 0 ? own : [record.frameId];
}
