import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaItems } from './agenda-items.ts';
import { type AgendaOptions, createAgenda } from './create-agenda.ts';

const at = (time: string, offset = '+01:00') => `2026-12-01T${time}:00${offset}`;

describe('createAgenda', () => {
  it('fits 12 people into 75 minutes at 2 minutes each, spare time to the discussion', () => {
    const agenda = createAgenda({ locale: 'en', attendees: 12, start: at('09:00'), end: at('10:15') });
    expect(agenda).toMatchObject({ totalMinutes: 75, availableMinutes: 75, perPersonMinutes: 2, fits: true });
    expect(agenda.items.map((i) => [i.id, i.clock, i.minutes])).toEqual([
      ['welcome', '09:00', 5],
      ['presentation-round', '09:05', 24],
      ['current-matters', '09:29', 15],
      ['discussion', '09:44', 26],
      ['thanks', '10:10', 5],
    ]);
  });

  it.each<[string, Partial<AgendaOptions>, number, number, boolean]>([
    ['12 people, 75 min, a guest', { attendees: 12, end: at('10:15'), guestSpeaker: true }, 1, 75, true],
    ['20 people, 90 min', { attendees: 20, end: at('10:30') }, 2, 90, true],
    ['20 people, no end', { attendees: 20 }, 2, 80, true],
    ['20 people, 60 min', { attendees: 20, end: at('10:00') }, 1, 60, true],
    ['20 people, 45 min', { attendees: 20, end: at('09:45') }, 1, 60, false],
    ['3 people, 3 hours', { attendees: 3, end: at('12:00') }, 2, 180, true],
    ['an end before the start', { attendees: 5, end: at('08:00') }, 1, 45, false],
    ['nobody yet', { attendees: 0, end: at('10:00') }, 2, 60, true],
    ['a count that is no number', { attendees: Number.NaN }, 2, 40, true],
    ['14 people, 120 min by meetingMinutes', { attendees: 14, meetingMinutes: 120 }, 2, 120, true],
    [
      'an end wins over meetingMinutes',
      { attendees: 14, end: at('10:30'), meetingMinutes: 120 },
      2,
      90,
      true,
    ],
    ['40 people, no end', { attendees: 40 }, 2, 120, true],
  ])('%s: %i min each, %i min in all, fits %s', (_label, options, perPerson, total, fits) => {
    const agenda = createAgenda({ locale: 'en', attendees: 0, start: at('09:00'), ...options });
    expect(agenda).toMatchObject({ perPersonMinutes: perPerson, totalMinutes: total, fits });
  });

  it('warns when the round takes more than a third of the meeting', () => {
    expect(createAgenda({ locale: 'en', attendees: 20, meetingMinutes: 90 })).toMatchObject({
      roundMinutes: 40,
      roundTooLong: true,
    });
    expect(createAgenda({ locale: 'en', attendees: 20, meetingMinutes: 120 }).roundTooLong).toBe(false);
    expect(createAgenda({ locale: 'en', attendees: 14, meetingMinutes: 120 }).roundTooLong).toBe(false);
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
    expect(agenda.items.map((item) => item.clock)).toEqual(['09:00', '09:05', '09:13', '09:28', '09:43']);
  });

  it('wraps clock times past midnight', () => {
    const agenda = createAgenda({ locale: 'en', attendees: 4, start: at('23:30', '+02:00') });
    expect(agenda.items.map((item) => item.clock)).toEqual(['23:30', '23:35', '23:43', '23:58', '00:13']);
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
          minute += item.minutes;
        }
        expect(agenda.totalMinutes).toBe(minute);
        expect(agenda.perPersonMinutes).toBeGreaterThanOrEqual(1);
        // About two minutes each by default: never more, fewer only when the meeting is short.
        expect(agenda.perPersonMinutes).toBeLessThanOrEqual(2);
        const fixed = guestSpeaker ? 60 : 40;
        expect(agenda.fits).toBe(fixed + attendees <= length);
        if (agenda.fits) expect(agenda.totalMinutes).toBe(length);
        // One more minute each would not have fitted.
        if (agenda.fits && agenda.perPersonMinutes < 2 && attendees > 0)
          expect(fixed + (agenda.perPersonMinutes + 1) * attendees).toBeGreaterThan(length);
        expect(agenda.roundMinutes).toBe(agenda.perPersonMinutes * attendees);
        expect(agenda.roundTooLong).toBe(agenda.roundMinutes * 3 > length);
      }),
    );
  });
});
