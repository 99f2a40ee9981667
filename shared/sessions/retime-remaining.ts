import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import type { SessionClock } from './session-clock.ts';
import { sessionClock } from './session-clock.ts';

export interface Retimed {
  order: RunningOrder;
  /** Minutes the room is behind the plan at block k (negative: ahead). */
  lateMinutes: number;
  /** Minutes taken from the remaining blocks (whole 5). */
  takenMinutes: number;
  /** Minutes the session now ends after its planned end (0 when the remaining blocks absorbed it). */
  overMinutes: number;
}

/**
 * The running order when block `k` really starts at `atMinute` (minutes after the planned start):
 * the blocks before it keep their times; late minutes come 5 at a time from the blocks that remain,
 * the longest above its least first, never below a block's least and never from the presentation
 * round; what cannot be taken moves the end. A room ahead of time keeps the blocks and ends early.
 * The Run view's "running late" reads this.
 */
export function retimeRemaining(order: RunningOrder, k: number, atMinute: number): Retimed {
  const at = Math.max(0, Math.round(atMinute));
  const from = Math.min(Math.max(0, Math.floor(k)), order.entries.length);
  const planned = order.entries[from]?.startMinute ?? order.totalMinutes;
  const late = at - planned;
  const minutes = order.entries.map((entry) => entry.minutes);
  let taken = 0;
  if (late > 0) {
    const need = Math.ceil(late / 5) * 5;
    while (taken < need) {
      let best = -1;
      let most = 0;
      for (let i = from; i < order.entries.length; i++) {
        const entry = order.entries[i] as RunningOrderEntry;
        if (entry.activity === 'presentation-round') continue;
        const give = (minutes[i] ?? 0) - Math.max(5, entry.leastMinutes);
        if (give >= 5 && give > most) {
          best = i;
          most = give;
        }
      }
      if (best < 0) break;
      minutes[best] = (minutes[best] ?? 0) - 5;
      taken += 5;
    }
  }
  const clock = order.startIso
    ? sessionClock(order.startIso, order.timeZone)
    : order.clock
      ? sessionClock(order.clock)
      : undefined;
  let start = 0;
  const entries = order.entries.map((entry, i) => {
    const begin = i === from ? at : start;
    const length = minutes[i] ?? entry.minutes;
    start = begin + length;
    return i < from ? entry : place(entry, begin, length, clock);
  });
  const total = start;
  const planEnd = order.totalMinutes;
  const retimed: RunningOrder = { ...order, entries, totalMinutes: total };
  if (clock) {
    retimed.endClock = clock.at(total + order.spareMinutes);
    if (clock.isoAt) retimed.endIso = clock.isoAt(total + order.spareMinutes);
  }
  return {
    order: retimed,
    lateMinutes: late,
    takenMinutes: taken,
    overMinutes: Math.max(0, total - planEnd),
  };
}

function place(
  entry: RunningOrderEntry,
  startMinute: number,
  minutes: number,
  clock: SessionClock | undefined,
): RunningOrderEntry {
  const out: RunningOrderEntry = { ...entry, startMinute, minutes, endMinute: startMinute + minutes };
  if (clock) {
    out.clock = clock.at(startMinute);
    out.endClock = clock.at(startMinute + minutes);
  }
  return out;
}
