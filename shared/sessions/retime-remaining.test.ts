import { describe, expect, it } from 'vitest';
import { findSession } from './catalogue/built-in-sessions.ts';
import { minutesTaken, retimeRemaining } from './retime-remaining.ts';
import { timeSession } from './time-session.ts';

const session = findSession('unfold-the-theme');
if (!session) throw new Error('unfold the theme is built in');
const order = timeSession(session, { locale: 'en', participants: 14, start: '09:00' });
const minimum = (blockId: string) => session.blocks.find((b) => b.id === blockId)?.minMinutes;
const meeting = findSession('open-network-meeting');
if (!meeting) throw new Error('the open meeting is built in');

describe('retimeRemaining', () => {
  it('takes whole 5 minutes from the blocks that remain, never below a minimum, and ends on time', () => {
    const retimed = retimeRemaining(order, 2, 10, minimum);
    expect(minutesTaken(order, retimed)).toBe(10);
    for (const entry of retimed.entries) {
      const before = order.entries[entry.index];
      if (!before) throw new Error('entry lost');
      expect((before.minutes - entry.minutes) % 5).toBe(0);
      expect(entry.minutes).toBeGreaterThanOrEqual(minimum(entry.blockId) ?? before.minutes);
      // Blocks before k are as they were.
      if (entry.index < 2) expect(entry).toEqual(before);
    }
    // Block k starts 10 minutes late; the session still ends at its planned end.
    expect(retimed.entries[2]?.startMinute).toBe((order.entries[2]?.startMinute ?? 0) + 10);
    expect(retimed.entries.at(-1)?.endClock).toBe(order.entries.at(-1)?.endClock);
    expect(retimed.endClock).toBe(order.endClock);
    expect(
      retimed.entries.find((e) => e.minutes !== order.entries[e.index]?.minutes)?.plannedMinutes,
    ).toBeDefined();
  });

  it('rounds lateness up to whole 5 minutes; what cannot be taken makes the end later', () => {
    const retimed = retimeRemaining(order, 4, 7, minimum);
    const last = order.entries[4];
    if (!last) throw new Error('five blocks');
    const room = last.minutes - (minimum(last.blockId) ?? last.minutes);
    const taken = Math.min(10, Math.floor(room / 5) * 5);
    expect(minutesTaken(order, retimed)).toBe(taken);
    expect(retimed.entries[4]?.endMinute).toBe(last.endMinute + 7 - taken);
    expect(retimed.fits).toBe(last.endMinute + 7 - taken <= order.availableMinutes);
  });

  it('never takes from the presentation round', () => {
    const timed = timeSession(meeting, { locale: 'en', participants: 14, minutes: 90, start: '13:00' });
    const round = timed.entries.find((e) => e.activity === 'presentation-round');
    if (!round) throw new Error('the open meeting has a round');
    const everything = () => 1;
    const retimed = retimeRemaining(timed, 0, 60, everything);
    expect(retimed.entries[round.index]?.minutes).toBe(round.minutes);
    expect(minutesTaken(timed, retimed)).toBeGreaterThan(0);
  });

  it('on time: nothing changes', () => {
    expect(retimeRemaining(order, 1, 0, minimum).entries).toEqual(order.entries);
    expect(retimeRemaining(order, 1, -5, minimum).entries).toEqual(order.entries);
  });
});
