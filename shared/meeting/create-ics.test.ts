import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale.ts';
import { createIcs, IcsError, type IcsErrorCode } from './create-ics.ts';
import type { MeetingDraft } from './meeting-draft.ts';

const now = new Date('2026-11-01T12:00:00Z');
const options = { uid: 'netverk-42@example.org', now, locale: 'en' as Locale };
const draft: MeetingDraft = {
  title: 'Netværksmøde; HR, økonomi',
  description: 'Velkommen!\nReferat sendes bagefter.',
  start: '2026-12-01T09:00:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
  location: 'Rådhuset, lokale 2',
  recurrence: 'RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=TU',
  attendees: 12,
};

function property(ics: string, name: string): string | undefined {
  // The event's own lines: the VTIMEZONE before it has DTSTART and RRULE lines of its own.
  const unfolded = ics.replaceAll('\r\n ', '');
  const event = unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'));
  return event.split('\r\n').find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

function errorOf(change: Partial<MeetingDraft>, locale: Locale = 'en'): IcsError {
  try {
    createIcs({ ...draft, ...change } as MeetingDraft, { ...options, locale });
  } catch (error) {
    if (error instanceof IcsError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('createIcs', () => {
  it('writes a calendar Outlook and Google Calendar import', () => {
    expect(createIcs(draft, options).replaceAll('\r\n', '⏎\n')).toMatchInlineSnapshot(`
      "BEGIN:VCALENDAR⏎
      VERSION:2.0⏎
      PRODID:-//Netverk//Meeting guide//EN⏎
      METHOD:PUBLISH⏎
      BEGIN:VTIMEZONE⏎
      TZID:Europe/Copenhagen⏎
      X-LIC-LOCATION:Europe/Copenhagen⏎
      LAST-MODIFIED:20260715T220651Z⏎
      BEGIN:DAYLIGHT⏎
      TZNAME:CEST⏎
      TZOFFSETFROM:+0100⏎
      TZOFFSETTO:+0200⏎
      DTSTART:19700329T020000⏎
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU⏎
      END:DAYLIGHT⏎
      BEGIN:STANDARD⏎
      TZNAME:CET⏎
      TZOFFSETFROM:+0200⏎
      TZOFFSETTO:+0100⏎
      DTSTART:19701025T030000⏎
      RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU⏎
      END:STANDARD⏎
      END:VTIMEZONE⏎
      BEGIN:VEVENT⏎
      UID:netverk-42@example.org⏎
      SEQUENCE:438480⏎
      DTSTAMP:20261101T120000Z⏎
      DTSTART;TZID=Europe/Copenhagen:20261201T090000⏎
      DTEND;TZID=Europe/Copenhagen:20261201T103000⏎
      RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=TU⏎
      SUMMARY:Netværksmøde\\; HR\\, økonomi⏎
      LOCATION:Rådhuset\\, lokale 2⏎
      DESCRIPTION:Velkommen!\\nReferat sendes bagefter.⏎
      END:VEVENT⏎
      END:VCALENDAR⏎
      "
    `);
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    const ics = createIcs({ ...draft, description: 'a\nb\r\nc'.repeat(40) }, { ...options, agenda: true });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['+01:00 (winter)', '2026-12-01T09:00:00+01:00', ';TZID=Europe/Copenhagen:20261201T090000'],
    ['+02:00 (summer)', '2026-06-01T09:00:00+02:00', ';TZID=Europe/Copenhagen:20260601T090000'],
    ['Z', '2026-06-01T09:00:00Z', ':20260601T090000Z'],
    ['-05:00, past midnight in UTC', '2026-06-01T21:30:00-05:00', ':20260602T023000Z'],
  ])('writes a start at %s in a zone that has that offset, else in UTC', (_label, start, value) => {
    expect(property(createIcs({ ...draft, start, end: undefined }, options), 'DTSTART')).toBe(
      `DTSTART${value}`,
    );
  });

  it('lasts as long as its agenda when the draft has no end', () => {
    // 12 people without an end: a minute each (a quarter of the usual 90 at most), 55 minutes in all.
    expect(property(createIcs({ ...draft, end: undefined }, options), 'DTEND')).toBe(
      'DTEND;TZID=Europe/Copenhagen:20261201T095500',
    );
  });

  it.each([
    ['FREQ=MONTHLY;BYDAY=2TU', 'RRULE:FREQ=MONTHLY;BYDAY=2TU'],
    ['rrule:freq=weekly;interval=4', 'RRULE:FREQ=WEEKLY;INTERVAL=4'],
    ['', undefined],
    ['   ', undefined],
  ])('writes the recurrence %j as %j', (recurrence, line) => {
    expect(property(createIcs({ ...draft, recurrence }, options), 'RRULE')).toBe(line);
  });

  it('includes the agenda in the description only when asked', () => {
    const withAgenda = property(createIcs(draft, { ...options, agenda: true }), 'DESCRIPTION');
    expect(withAgenda).toContain('bagefter.\\n\\nAgenda\\n09:00–09:05  Welcome\\n');
    expect(property(createIcs(draft, options), 'DESCRIPTION')).not.toContain('Agenda');
    const agendaOnly = property(
      createIcs({ ...draft, description: '' }, { ...options, agenda: true }),
      'DESCRIPTION',
    );
    expect(agendaOnly?.startsWith('DESCRIPTION:Agenda\\n')).toBe(true);
  });

  it('leaves out an empty description and location', () => {
    const ics = createIcs({ title: 'x', start: '2026-12-01T09:00:00Z' }, options);
    expect(property(ics, 'DESCRIPTION')).toBeUndefined();
    expect(property(ics, 'LOCATION')).toBeUndefined();
    expect(property(ics, 'SUMMARY')).toBe('SUMMARY:x');
  });

  it('folds a long hostile description within 75 octets and keeps it whole', () => {
    const hostile = `<script>alert("x")</script>;,\\ æøå 😀👩‍👩‍👧 ${'lang tekst '.repeat(9_000)}slut`;
    const ics = createIcs({ ...draft, description: hostile }, options);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(property(ics, 'DESCRIPTION')).toBe(
      `DESCRIPTION:<script>alert("x")</script>\\;\\,\\\\ æøå 😀👩‍👩‍👧 ${'lang tekst '.repeat(9_000)}slut`,
    );
  });

  it('cannot be made to carry extra properties', () => {
    const ics = createIcs(
      { ...draft, title: 'x\r\nATTENDEE:evil@example.org', location: 'y\nEND:VEVENT' },
      options,
    );
    expect(ics.split('\r\n').filter((line) => line.startsWith('ATTENDEE') || line === 'END:VEVENT')).toEqual([
      'END:VEVENT',
    ]);
  });

  it.each<[string, Partial<MeetingDraft>, IcsErrorCode]>([
    ['no start', { start: undefined }, 'missing-start'],
    ['an end before the start', { end: '2026-12-01T08:00:00+01:00' }, 'end-before-start'],
    ['an end equal to the start', { end: '2026-12-01T09:00:00+01:00' }, 'end-before-start'],
    ['a recurrence with a line break', { recurrence: 'FREQ=WEEKLY\r\nATTENDEE:x' }, 'invalid-recurrence'],
    ['a recurrence without FREQ', { recurrence: 'INTERVAL=2' }, 'invalid-recurrence'],
    ['an unreadable start', { start: '1 December at nine' }, 'invalid-draft'],
    ['a title too long', { title: 'x'.repeat(2_001) }, 'invalid-draft'],
  ])('throws an IcsError for %s', (_label, change, code) => {
    const error = errorOf(change);
    expect(error.code).toBe(code);
    expect(error.name).toBe('IcsError');
    expect(error).toBeInstanceOf(Error);
  });

  it.each<[Locale, string]>([
    ['da', 'Mødet har intet starttidspunkt, så der kan ikke laves en kalenderfil.'],
    ['sv', 'Mötet har ingen starttid, så ingen kalenderfil kan skapas.'],
    ['en', 'The meeting has no start time, so no calendar file can be made.'],
  ])('explains a missing start in %s', (locale, message) => {
    expect(errorOf({ start: undefined }, locale).message).toBe(message);
  });

  it('names the unreadable field', () => {
    expect(errorOf({ start: 'soon' }, 'da').message).toBe(
      'Kunne ikke læses: Starttidspunkt. Der kan ikke laves en kalenderfil.',
    );
  });
});
