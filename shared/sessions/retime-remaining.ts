import { formatClock } from '../meeting/meeting-time.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';

/** Cuts come in whole steps of this many minutes: a facilitator plans in fives, not in ones. */
export const retimeStep = 5;

/** A block's smallest length, by block id (the session's `minMinutes`); a block without one keeps its minutes. */
export type BlockMinimum = (blockId: string) => number | undefined;

const mayGive = (entry: RunningOrderEntry, minimum: BlockMinimum) =>
  entry.activity === 'presentation-round'
    ? 0
    : Math.max(0, entry.minutes - (minimum(entry.blockId) ?? entry.minutes));

/**
 * A running order re-timed from block `k` when the room is `minutesLate` behind: blocks from `k` on
 * start that much later, and whole 5 minutes are taken from them to win the time back — each time
 * from the block with the most room above its minimum (never below it, never from the presentation
 * round, whose length is the one agenda rule's). Blocks before `k` stay as they were. Pure.
 */
export function retimeRemaining(
  order: RunningOrder,
  k: number,
  minutesLate: number,
  minimum: BlockMinimum,
): RunningOrder {
  const late = Math.max(0, Math.round(minutesLate));
  const entries = order.entries.map((entry) => ({ ...entry }));
  const remaining = entries.filter((entry) => entry.index >= k);
  let toTake = Math.ceil(late / retimeStep) * retimeStep;
  const room = new Map(remaining.map((entry) => [entry.blockId, mayGive(entry, minimum)]));
  while (toTake > 0) {
    const giver = remaining
      .filter((entry) => (room.get(entry.blockId) ?? 0) >= retimeStep)
      .sort((a, b) => (room.get(b.blockId) ?? 0) - (room.get(a.blockId) ?? 0) || a.index - b.index)[0];
    if (!giver) break;
    giver.plannedMinutes ??= giver.minutes;
    giver.minutes -= retimeStep;
    room.set(giver.blockId, (room.get(giver.blockId) ?? 0) - retimeStep);
    toTake -= retimeStep;
  }
  // From k on: start after the one before (k itself `late` later than planned), clock times follow.
  const start = order.clock ? clockMinutes(order.clock) : undefined;
  let at = (entries[k]?.startMinute ?? 0) + late;
  for (const entry of entries) {
    if (entry.index < k) continue;
    entry.startMinute = at;
    entry.endMinute = at + entry.minutes;
    if (start !== undefined) {
      entry.clock = formatClock(start + entry.startMinute);
      entry.endClock = formatClock(start + entry.endMinute);
    }
    at = entry.endMinute;
  }
  const last = entries.at(-1);
  const end = last?.endMinute ?? 0;
  return {
    ...order,
    entries,
    totalMinutes: end,
    fits: end <= order.availableMinutes,
    spareMinutes: Math.max(0, order.availableMinutes - end),
    ...(start !== undefined ? { endClock: formatClock(start + Math.max(end, order.availableMinutes)) } : {}),
  };
}

/** Minutes taken from the blocks, comparing a re-timed order with the one before. */
export function minutesTaken(before: RunningOrder, after: RunningOrder): number {
  const sum = (order: RunningOrder) => order.entries.reduce((total, entry) => total + entry.minutes, 0);
  return sum(before) - sum(after);
}

function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
