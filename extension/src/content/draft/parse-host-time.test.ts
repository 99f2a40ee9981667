import { describe, expect, it } from 'vitest';
import { parseHostDate, parseHostTime, readTimes, toLocalIso } from './parse-host-time.ts';

const now = new Date(2026, 10, 20);

describe('parseHostDate', () => {
  it.each([
    ['2026-12-01', { year: 2026, month: 12, day: 1 }],
    ['12/1/2026', { year: 2026, month: 12, day: 1 }],
    ['Tue 12/1/2026', { year: 2026, month: 12, day: 1 }],
    ['25/12/2026', { year: 2026, month: 12, day: 25 }],
    ['01-12-2026', { year: 2026, month: 12, day: 1 }],
    ['1.12.26', { year: 2026, month: 12, day: 1 }],
    ['Dec 1, 2026', { year: 2026, month: 12, day: 1 }],
    ['Tuesday, December 1', { year: 2026, month: 12, day: 1 }],
    ['tirsdag 1. december 2026', { year: 2026, month: 12, day: 1 }],
    ['1 dec. 2026', { year: 2026, month: 12, day: 1 }],
    ['3. maj', { year: 2026, month: 5, day: 3 }],
    ['15 oktober 2027', { year: 2027, month: 10, day: 15 }],
  ])('reads %s', (text, expected) => {
    expect(parseHostDate(text, now)).toEqual(expected);
  });

  it.each(['', 'soon', '31/2/2026', '2026-13-01', 'Blursday 45'])('gives nothing for %j', (text) => {
    expect(parseHostDate(text, now)).toBeUndefined();
  });
});

describe('parseHostTime', () => {
  it.each([
    ['9:00 AM', { hour: 9, minute: 0 }],
    ['9:30pm', { hour: 21, minute: 30 }],
    ['12:15 AM', { hour: 0, minute: 15 }],
    ['12:00 PM', { hour: 12, minute: 0 }],
    ['09.00', { hour: 9, minute: 0 }],
    ['kl. 21:15', { hour: 21, minute: 15 }],
    ['9am', { hour: 9, minute: 0 }],
  ])('reads %s', (text, expected) => {
    expect(parseHostTime(text)).toEqual(expected);
  });

  it.each(['', 'noon', '25:00', '13:00 PM', '9'])('gives nothing for %j', (text) => {
    expect(parseHostTime(text)).toBeUndefined();
  });
});

describe('readTimes', () => {
  const iso = /^2026-12-01T(\d{2}):00:00[+-]\d{2}:\d{2}$/;

  it('gives start and end in the local offset, the end on the start date by default', () => {
    const times = readTimes({ startDate: '12/1/2026', startTime: '9:00 AM', endTime: '11:00 AM' }, now);
    expect(times.start).toMatch(iso);
    expect(times.start?.slice(11, 16)).toBe('09:00');
    expect(times.end?.slice(11, 16)).toBe('11:00');
  });

  it('gives nothing without a readable start', () => {
    expect(readTimes({ startDate: 'someday', startTime: '9:00' }, now)).toEqual({});
    expect(readTimes({ startDate: '2026-12-01' }, now)).toEqual({});
  });

  it('keeps the wall-clock time across the offset', () => {
    const out = toLocalIso({ year: 2026, month: 7, day: 1 }, { hour: 23, minute: 45 });
    expect(out.slice(0, 19)).toBe('2026-07-01T23:45:00');
    expect(Date.parse(out)).toBe(new Date(2026, 6, 1, 23, 45).getTime());
  });
});
