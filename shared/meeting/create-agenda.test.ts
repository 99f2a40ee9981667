import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaItems } from './agenda-items.ts';
import { type AgendaOptions, createAgenda } from './create-agenda.ts';

const at = (time: string, offset = '+01:00') => `2026-12-01T${time}:00${offset}`;

describe('createAgenda', () => {
  it('fits 12 people into 75 minutes: a round of at most a quarter, spare time to the discussion', () => {
    const agenda = createAgenda({ locale: 'en', attendees: 12, start: at('09:00'), end: at('10:15') });
    expect(agenda).toMatchObject({ totalMinutes: 75, availableMinutes: 75, perPersonMinutes: 1, fits: true });
    expect(agenda.items.map((i) => [i.id, i.clock, i.minutes])).toEqual([
      ['welcome', '09:00', 5],
      ['presentation-round', '09:05', 15],
      ['current-matters', '09:20', 15],
      ['discussion', '09:35', 35],
      ['thanks', '10:10', 5],
    ]);
  });

  it.each<[string, Partial<AgendaOptions>, number, boolean, number, boolean]>([
    // label, options, minutes each, at the tables, minutes in all, fits
    ['6 people, 90 min', { attendees: 6, end: at('10:30') }, 2, false, 90, true],
    [
      '12 people, 75 min, a guest',
      { attendees: 12, end: at('10:15'), guestSpeaker: true },
      1,
      false,
      75,
      true,
    ],
    ['20 people, 90 min', { attendees: 20, end: at('10:30') }, 2, true, 90, true],
    ['20 people, no end', { attendees: 20 }, 2, true, 50, true],
    ['20 people, 60 min', { attendees: 20, end: at('10:00') }, 2, true, 60, true],
    ['12 people, 45 min', { attendees: 12, end: at('09:45') }, 1, true, 45, true],
    ['30 people, 40 min', { attendees: 30, end: at('09:40') }, 1, true, 40, true],
    ['30 people, 35 min', { attendees: 30, end: at('09:35') }, 1, true, 40, false],
    ['3 people, 3 hours', { attendees: 3, end: at('12:00') }, 2, false, 180, true],
    ['an end before the start', { attendees: 5, end: at('08:00') }, 1, false, 35, false],
    ['14 people, 120 min by meetingMinutes', { attendees: 14, meetingMinutes: 120 }, 2, true, 120, true],
    [
      'an end wins over meetingMinutes',
      { attendees: 14, end: at('10:30'), meetingMinutes: 120 },
      2,
      true,
      90,
      true,
    ],
    ['40 people, no end', { attendees: 40 }, 2, true, 55, true],
  ])(
    '%s: %i min each, at the tables %s, %i min in all, fits %s',
    (_label, options, each, tables, total, fits) => {
      const agenda = createAgenda({ locale: 'en', attendees: 0, start: at('09:00'), ...options });
      expect(agenda).toMatchObject({
        perPersonMinutes: each,
        roundAtTables: tables,
        totalMinutes: total,
        fits,
      });
    },
  );

  it('puts a break in a meeting of two hours or more', () => {
    const ids = (minutes: number) =>
      createAgenda({ locale: 'en', attendees: 10, meetingMinutes: minutes }).items.map((item) => item.id);
    expect(ids(115)).not.toContain('break');
    expect(ids(120)).toEqual([
      'welcome',
      'presentation-round',
      'current-matters',
      'break',
      'discussion',
      'thanks',
    ]);
  });

  it('leaves out available minutes without an end, and clock times without a start', () => {
    const agenda = createAgenda({ locale: 'en', attendees: 8 });
    expect(agenda.availableMinutes).toBeUndefined();
    expect(agenda.items.every((item) => item.clock === undefined)).toBe(true);
  });

  it('ignores an unreadable start', () => {
    const agenda = createAgenda({ locale: 'en', attendees: 8, start: 'Tuesday at nine', end: at('10:00') });
    expect(agenda.items[0]?.clock).toBeUndefined();
    expect(agenda.availableMinutes).toBeUndefined();
  });

  it.each([
    ['+01:00', '09:00'],
    ['+02:00', '09:00'],
    ['-05:00', '09:00'],
    ['+05:45', '09:00'],
    ['Z', '09:00'],
  ])('keeps the clock of the meeting written at %s, whatever the host zone', (offset) => {
    const agenda = createAgenda({ locale: 'en', attendees: 4, start: at('09:00', offset) });
    expect(agenda.items.map((item) => item.clock)).toEqual(['09:00', '09:05', '09:15', '09:30', '09:45']);
  });

  it('wraps clock times past midnight', () => {
    const agenda = createAgenda({ locale: 'en', attendees: 4, start: at('23:30', '+02:00') });
    expect(agenda.items.map((item) => item.clock)).toEqual(['23:30', '23:35', '23:45', '00:00', '00:15']);
  });

  it.each([
    ['da', 'Præsentationsrunde'],
    ['sv', 'Presentationsrunda'],
    ['en', 'Presentation round'],
  ] as const)('speaks %s', (locale, title) => {
    expect(createAgenda({ locale, attendees: 4 }).items[1]?.title).toBe(title);
  });

  it('adds the guest speaker only when asked, in running order', () => {
    const ids = (guestSpeaker: boolean) =>
      createAgenda({ locale: 'en', attendees: 4, guestSpeaker }).items.map((item) => item.id);
    expect(ids(false)).not.toContain('guest-speaker');
    expect(ids(true)).toEqual(agendaItems.map((item) => item.id));
  });

  it('holds its invariants for any group and meeting length', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(600), fc.boolean(), (attendees, length, guestSpeaker) => {
        const end = new Date(Date.parse(at('09:00')) + length * 60_000).toISOString().replace('.000Z', 'Z');
        const agenda = createAgenda({ locale: 'en', attendees, start: at('09:00'), end, guestSpeaker });
        let minute = 0;
        for (const item of agenda.items) {
          expect(item.startMinute).toBe(minute);
          expect(item.minutes % 5).toBe(0);
          minute += item.minutes;
        }
        expect(agenda.totalMinutes).toBe(minute);
        // About two minutes each, one when time is short; at the tables above 12 people.
        expect([1, 2]).toContain(agenda.perPersonMinutes);
        if (attendees > 12) expect(agenda.roundAtTables).toBe(true);
        // The round takes at most about a quarter of the meeting, unless nothing smaller is possible.
        const cap = Math.max(5, Math.floor(length / 4 / 5) * 5);
        const round = agenda.items.find((item) => item.id === 'presentation-round');
        if (round && round.minutes > cap)
          expect(agenda.roundAtTables && agenda.perPersonMinutes === 1).toBe(true);
        // It fits when the shortest items fit; then it ends on time, or less than 5 minutes early.
        const least =
          5 + (round?.minutes ?? 0) + 10 + 10 + 5 + (guestSpeaker ? 15 : 0) + (length >= 120 ? 5 : 0);
        expect(agenda.fits).toBe(least <= length);
        if (agenda.fits) {
          expect(agenda.totalMinutes).toBeLessThanOrEqual(length);
          expect(length - agenda.totalMinutes).toBeLessThan(5);
        }
      }),
    );
  });
});
