import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createIcs, IcsError } from './create-ics.ts';
import type { MeetingDraft } from './meeting-draft.ts';

const now = new Date('2025-12-01T12:00:00Z');
const series: MeetingDraft = {
  title: 'Netværksmøde HR',
  description: '',
  start: '2026-01-06T09:00:00+01:00',
  end: '2026-01-06T10:30:00+01:00',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  attendees: 12,
};

/** Parses with ical.js (independent of the writer) and expands a year of the series. */
function expandYear(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  const iterator = event.iterator();
  const starts: ICAL.Time[] = [];
  for (let next = iterator.next(); next && next.year === 2026; next = iterator.next()) starts.push(next);
  return { event, starts };
}

describe('a weekly Tuesday 09:00 series from January', () => {
  it.each(['Europe/Copenhagen', 'Europe/Stockholm'])('stays at 09:00 local all year in %s', (zone) => {
    const ics = createIcs({ ...series, timeZone: zone }, { now, locale: 'da', agenda: true });
    expect(ics).toContain(`DTSTART;TZID=${zone}:20260106T090000`);
    expect(ics).toContain(`TZID:${zone}`);
    const { event, starts } = expandYear(ics);
    expect(starts).toHaveLength(52);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (const start of starts) expect(local.format(start.toJSDate())).toBe('Tue 09:00');
    // Across the change on 29 March: the UTC hour moves, the local hour does not.
    const utcHours = new Set(starts.map((start) => start.toJSDate().getUTCHours()));
    expect([...utcHours].sort()).toEqual([7, 8]);
    // The agenda in the description still says 09:00, as the calendar shows it.
    expect(event.description).toContain('09:00–09:05  Velkommen');
  });

  it('derives the zone from the language when the draft only has an offset', () => {
    expect(createIcs(series, { now, locale: 'sv' })).toContain(
      'DTSTART;TZID=Europe/Stockholm:20260106T090000',
    );
    expect(createIcs(series, { now, locale: 'da', timeZone: 'Europe/Stockholm' })).toContain(
      'DTSTART;TZID=Europe/Stockholm:20260106T090000',
    );
  });

  it('writes the agenda in the zone’s clock when the offset written differs', () => {
    const ics = createIcs(
      {
        ...series,
        start: '2026-01-06T08:00:00Z',
        end: '2026-01-06T09:30:00Z',
        timeZone: 'Europe/Copenhagen',
      },
      { now, locale: 'en', agenda: true },
    );
    const { event } = expandYear(ics);
    expect(event.description).toContain('09:00–09:05  Welcome');
  });

  it('rejects an unknown zone with a clear message', () => {
    expect(() => createIcs(series, { now, locale: 'en', timeZone: 'Mars/Olympus' })).toThrow(/Mars\/Olympus/);
  });
});

describe('the UID', () => {
  const uid = (draft: MeetingDraft) => /UID:(.*)/.exec(createIcs(draft, { now, locale: 'en' }))?.[1];
  it('is the same when the same series is exported again', () => {
    expect(uid(series)).toBe(uid({ ...series }));
    expect(uid(series)).toMatch(/^netverk-[0-9a-f]{16}@netverk/);
  });
  it('differs between two networks’ series made the same day', () => {
    expect(uid(series)).not.toBe(uid({ ...series, title: 'Netværksmøde Økonomi' }));
  });
  it('stays when the rhythm changes: the new rule updates the series', () => {
    expect(uid(series)).toBe(uid({ ...series, recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }));
  });
});

describe('repeat rules from host forms', () => {
  const code = (recurrence: string) => {
    try {
      createIcs({ ...series, recurrence }, { now, locale: 'da' });
      return 'ok';
    } catch (error) {
      if (error instanceof IcsError) return error.message;
      throw error;
    }
  };
  it.each([
    ['FREQ=WEEKLY;BYDAY=TUE', /ugedag.*TUE/],
    ['FREQ=WEEKLY;BYDAY=2TU', /ugedag.*2TU/],
    ['FREQ=WEEKLY;INTERVAL=0', /helt tal på 1 eller mere/],
    ['FREQ=WEEKLY;COUNT=0', /1 eller mere/],
    ['FREQ=WEEKLY;COUNT=5;UNTIL=20261231T000000Z', /både et antal møder og en slutdato/],
    ['FREQ=WEEKLY;UNTIL=20261331', /slutdato/],
    ['FREQ=WEEKLY;BYMONTH=13', /uden for/],
    ['FREQ=WEEKLY;FOO=1', /del, som kalendere ikke kender/],
    ['FREQ=WEEKLY\r\nATTENDEE:x', /ikke en gyldig RRULE/],
  ])('%s gives a clear prompt', (rule, message) => {
    expect(code(rule)).toMatch(message);
  });

  it.each([
    ['FREQ=WEEKLY;UNTIL=20260630', 'UNTIL=20260630T215959Z'],
    ['FREQ=WEEKLY;UNTIL=20260630T090000', 'UNTIL=20260630T070000Z'],
    ['FREQ=WEEKLY;UNTIL=20260630T070000Z', 'UNTIL=20260630T070000Z'],
    ['FREQ=MONTHLY;BYDAY=2TU;COUNT=10', 'COUNT=10'],
  ])('%s is written in the form calendars accept (%s) and parses', (rule, part) => {
    const ics = createIcs(
      { ...series, recurrence: rule, timeZone: 'Europe/Copenhagen' },
      { now, locale: 'en' },
    );
    expect(ics).toContain(part);
    expect(expandYear(ics).starts.length).toBeGreaterThan(0);
  });
});
