import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createIcs } from './create-ics.ts';
import type { MeetingDraft } from './meeting-draft.ts';

const series: MeetingDraft = {
  title: 'Netværksmøde: HR-netværket',
  description: '',
  start: '2027-03-16T09:00:00+01:00',
  end: '2027-03-16T10:30:00+01:00',
  recurrence: 'FREQ=WEEKLY;INTERVAL=4;COUNT=6',
  attendees: 12,
};
const hr = { kind: 'network-meetings', network: 'HR-netværket' };

/** The one event as ical.js (independent of the writer) reads it. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  return { uid: event.uid, sequence: event.sequence, start: event.startDate.toString(), event };
}

describe('a series exported again updates itself', () => {
  it('keeps the UID and raises SEQUENCE when the start moves', () => {
    const first = read(
      createIcs(series, { now: new Date('2027-01-10T08:00:00Z'), locale: 'da', series: hr }),
    );
    const moved = read(
      createIcs(
        { ...series, start: '2027-03-23T13:00:00+01:00', end: '2027-03-23T14:00:00+01:00' },
        { now: new Date('2027-01-12T15:30:00Z'), locale: 'da', series: hr },
      ),
    );
    expect(moved.uid).toBe(first.uid);
    expect(moved.start).not.toBe(first.start);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
  });

  it('keeps the UID across languages, lengths and the spelling of the network, not across networks', () => {
    const uid = (draft: MeetingDraft, network: string, locale: 'da' | 'sv' = 'da') =>
      read(createIcs(draft, { now: new Date('2027-01-10T08:00:00Z'), locale, series: { ...hr, network } }))
        .uid;
    const base = uid(series, 'HR-netværket');
    expect(uid({ ...series, title: 'Nätverksträff: HR-netværket' }, 'HR-netværket', 'sv')).toBe(base);
    expect(
      uid({ ...series, end: '2027-03-16T10:00:00+01:00', recurrence: 'FREQ=WEEKLY' }, ' hr-Netværket '),
    ).toBe(base);
    expect(uid(series, 'Ældrenetværket')).not.toBe(base);
    const session = read(
      createIcs(series, { now: new Date(0), locale: 'da', series: { kind: 'session:unfold-the-theme' } }),
    );
    expect(session.uid).not.toBe(base);
  });

  it('counts SEQUENCE in minutes from a fixed day, and never below 0', () => {
    const at = (iso: string) =>
      read(createIcs(series, { now: new Date(iso), locale: 'en', series: hr })).sequence;
    expect(at('2026-01-01T00:01:59Z')).toBe(1);
    expect(at('2027-01-01T00:00:00Z')).toBe(365 * 24 * 60);
    expect(at('2020-01-01T00:00:00Z')).toBe(0);
  });

  it('without a series, names a repeating draft by its title and a one-off by its title and start', () => {
    const now = new Date('2027-01-10T08:00:00Z');
    const uid = (draft: MeetingDraft) => read(createIcs(draft, { now, locale: 'en' })).uid;
    const moved = { ...series, start: '2027-04-06T09:00:00+02:00', end: '2027-04-06T10:00:00+02:00' };
    expect(uid(moved)).toBe(uid(series));
    expect(uid({ ...series, title: 'Netværksmøde: Økonomi' })).not.toBe(uid(series));
    const { recurrence: _none, ...oneOff } = series;
    expect(uid({ ...oneOff, start: moved.start, end: moved.end })).not.toBe(uid(oneOff));
  });
});

describe('control characters', () => {
  it('never reach the file: BEL and ESC are dropped, tabs and line breaks kept', () => {
    const ics = createIcs(
      {
        ...series,
        title: 'Net\u0007v\u001bærk\nny linje\ttab',
        location: 'Rådhus\u0000et\u0007',
        description: 'Før\u0007 efter\u007f\r\nnæste\u0085 linje',
      },
      { now: new Date('2027-01-10T08:00:00Z'), locale: 'da', series: hr },
    );
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[^\P{Cc}\t]/u);
    const { event } = read(ics);
    expect(event.summary).toBe('Netværk\nny linje\ttab');
    expect(event.location).toBe('Rådhuset');
    expect(event.description).toBe('Før efter\nnæste linje');
  });
});

describe('time zones spelled another way', () => {
  it('writes the IANA spelling and says nothing in English on the console', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const ics = createIcs(series, { now: new Date(0), locale: 'da', timeZone: 'europe/copenhagen' });
      expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270316T090000');
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });
});
