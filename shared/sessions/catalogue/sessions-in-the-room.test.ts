import { describe, expect, it } from 'vitest';
import { prepareSession } from '../prepare-session.ts';
import { builtInSessions } from './built-in-sessions.ts';

// The content review's three rooms: a small group, a usual network, a big one.
const rooms = [6, 14, 30];

describe.each(builtInSessions.map((session) => [session.id, session] as const))(
  '%s in a real room',
  (_id, session) => {
    describe.each(['da', 'sv'] as const)('in %s', (locale) => {
      it.each(rooms)(
        'fits %i people when they are inside its range, and says so when not',
        (participants) => {
          const prepared = prepareSession({ session, locale, participants, start: '09:00' });
          const order = prepared.order;
          expect(order).toBeDefined();
          if (!order) return;
          const inside = participants >= session.participants.min && participants <= session.participants.max;
          if (inside) expect(prepared.ok, order.warnings.join(' ')).toBe(true);
          else expect(prepared.problems.map((p) => p.code)).toContain('outside-range');
          if (!prepared.ok) return;
          // Whole 5 minutes, summing to the length.
          for (const entry of order.entries) expect(entry.minutes % 5, entry.title).toBe(0);
          expect(order.totalMinutes + order.spareMinutes).toBe(order.availableMinutes);
          // The round is at most a quarter, and held at the tables above about 12 people.
          const round = order.entries.find((entry) => entry.activity === 'presentation-round');
          if (round) {
            expect(round.minutes * 4).toBeLessThanOrEqual(order.availableMinutes + 5);
            expect(round.atTables).toBe(participants > 12);
          }
          // A break in anything of 2 hours or more.
          if (order.availableMinutes >= 120)
            expect(order.entries.some((e) => e.activity === 'break')).toBe(true);
          // A check-in in the welcome, and the minutes zones (decisions, actions) at or near the end.
          expect(order.entries[0]?.activity).toBe('welcome');
          expect(order.entries[0]?.notes.join(' ')).toMatch(/Check|Checka/);
          const last = order.entries.filter((e) => e.kind === 'template').at(-1);
          expect(last?.templateId).toBe('open-meeting');
          expect(last?.sections).toEqual(['minutes']);
          // Every block says what done looks like (breaks excepted).
          for (const entry of order.entries)
            if (entry.activity !== 'break') expect(entry.output, entry.title).toBeTruthy();
          // Clock times follow each other without a gap.
          order.entries.forEach((entry, i) => {
            const next = order.entries[i + 1];
            if (next) expect(next.clock).toBe(entry.endClock);
          });
        },
      );
    });
  },
);

describe('sessions stretched and squeezed', () => {
  it('gives a workshop booked for 4 hours a break and whole 5 minutes, never a longer round', () => {
    for (const session of builtInSessions) {
      const prepared = prepareSession({ session, locale: 'da', participants: 14, minutes: 240 });
      const order = prepared.order;
      if (!order) throw new Error('no order');
      expect(order.entries.some((e) => e.activity === 'break')).toBe(true);
      for (const entry of order.entries) expect(entry.minutes % 5).toBe(0);
      const round = order.entries.find((e) => e.activity === 'presentation-round');
      if (round) expect(round.minutes).toBeLessThanOrEqual(60);
    }
  });

  it('never advises to shorten a block by more than it can give', () => {
    for (const session of builtInSessions)
      for (const minutes of [20, 30, 45, 60])
        for (const participants of [6, 14, 30, 40]) {
          const order = prepareSession({ session, locale: 'da', participants, minutes }).order;
          if (!order || order.fits) continue;
          const advice = order.shorten;
          expect(advice).toBeDefined();
          if (advice?.kind === 'shorten') {
            const block = order.entries.find((e) => e.blockId === advice.blockId);
            expect(advice.minutes).toBeLessThanOrEqual((block?.minutes ?? 0) - 5);
            expect(block?.activity).not.toBe('presentation-round');
          }
          expect(order.warnings[0]).not.toMatch(/forkortet til/);
        }
  });
});
