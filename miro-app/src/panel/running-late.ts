import type { RunningOrder } from '../../../shared/index.ts';

/** Where the room stands against the session's clock at block `index`. */
export interface Lateness {
  /** Minutes behind (> 0) or ahead (< 0) of the plan; 0 while the block is within its own time. */
  minutes: number;
  /** The session's end as it now stands (`HH:MM`). */
  endClock: string;
}

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const clockOf = (minutes: number) => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** How long before its start the panel already compares the room with the plan. */
export const earlyWindowMinutes = 60;

/**
 * The room against the plan at `now` (minutes since local midnight): ahead when the block has not yet
 * reached its start, behind once the time for the NEXT block to start has passed (the last block: its
 * end), on time in between. Only for a session with clock times, and only while it can be running: from
 * an hour before its start until as long after its end as the session lasts. The Generate tab knows the
 * clock, not the day, so a board prepared in the afternoon for tomorrow's 09:00 is not "855 minutes
 * behind".
 */
export function latenessAt(order: RunningOrder, index: number, nowMinute: number): Lateness | undefined {
  const entry = order.entries[index];
  const last = order.entries.at(-1);
  if (!entry?.clock || !last?.endClock) return undefined;
  const next = order.entries[index + 1];
  const first = order.entries[0];
  const begins = minutesOf(first?.clock ?? entry.clock);
  const ends = minutesOf(last.endClock);
  const length = Math.max(0, ends - begins);
  if (nowMinute < begins - earlyWindowMinutes || nowMinute > ends + Math.max(earlyWindowMinutes, length))
    return undefined;
  const start = minutesOf(entry.clock);
  const due = next?.clock ? minutesOf(next.clock) : minutesOf(last.endClock);
  const minutes =
    nowMinute < start ? -Math.floor(start - nowMinute) : Math.max(0, Math.floor(nowMinute - due));
  return { minutes, endClock: clockOf(minutesOf(last.endClock) + minutes) };
}

/** Minutes since local midnight of an instant (the facilitator's clock, the session's time zone). */
export function minuteOfDay(epochMs: number): number {
  const at = new Date(epochMs);
  return at.getHours() * 60 + at.getMinutes() + at.getSeconds() / 60;
}
