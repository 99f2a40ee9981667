import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, formatIcsUtc, formatIsoInOffset, parseMeetingTime } from './meeting-time.ts';

describe('parseMeetingTime', () => {
  it.each([
    ['2026-12-01T09:00:00+01:00', '2026-12-01T08:00:00.000Z', 60, 540, 2],
    ['2026-06-01T09:00:00+02:00', '2026-06-01T07:00:00.000Z', 120, 540, 1],
    ['2026-12-01T00:30:00+01:00', '2026-11-30T23:30:00.000Z', 60, 30, 2],
    ['2026-12-06T10:00:00Z', '2026-12-06T10:00:00.000Z', 0, 600, 0],
    ['2026-12-01T09:00:00.250-05:30', '2026-12-01T14:30:00.250Z', -330, 540, 2],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z', 0, 720, 2],
  ])('%s is %s, offset %i, minute %i, weekday %i', (value, utc, offset, minuteOfDay, weekday) => {
    const time = parseMeetingTime(value);
    expect(time && new Date(time.epochMs).toISOString()).toBe(utc);
    expect(time).toMatchObject({ offsetMinutes: offset, minuteOfDay, weekday });
  });

  it.each([
    ['no seconds', '2026-12-01T09:00+01:00'],
    ['no offset', '2026-12-01T09:00:00'],
    ['a compact offset', '2026-12-01T09:00:00+0100'],
    ['month 13', '2026-13-01T09:00:00Z'],
    ['30 February', '2026-02-30T09:00:00Z'],
    ['29 February of a common year', '2027-02-29T09:00:00Z'],
    ['29 February 2100', '2100-02-29T09:00:00Z'],
    ['hour 24', '2026-12-01T24:00:00Z'],
    ['second 60', '2026-12-01T09:00:60Z'],
    ['offset 24 hours', '2026-12-01T09:00:00+24:00'],
    ['a date only', '2026-12-01'],
    ['words', 'next Tuesday'],
    ['trailing text', '2026-12-01T09:00:00Z<script>'],
  ])('rejects %s', (_label, value) => {
    expect(parseMeetingTime(value)).toBeUndefined();
  });

  it('agrees with Date.parse on any valid date-time', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const iso = fc
      .tuple(
        fc.integer({ min: 1000, max: 9999 }),
        two(11),
        two(27),
        two(23),
        two(59),
        two(59),
        two(14),
        two(59),
      )
      .map(([y, mo, d, h, mi, s, oh, om]) => {
        const month = String(Number(mo) + 1).padStart(2, '0');
        const day = String(Number(d) + 1).padStart(2, '0');
        return `${y}-${month}-${day}T${h}:${mi}:${s}${Number(oh) % 2 ? '-' : '+'}${oh}:${om}`;
      });
    fc.assert(
      fc.property(iso, (value) => {
        expect(parseMeetingTime(value)?.epochMs).toBe(Date.parse(value));
      }),
    );
  });
});

describe('formatting', () => {
  it.each([
    [0, '00:00'],
    [545, '09:05'],
    [1439, '23:59'],
    [1440 + 70, '01:10'],
    [-30, '23:30'],
  ])('formatClock(%i) is %s', (minutes, clock) => {
    expect(formatClock(minutes)).toBe(clock);
  });

  it.each([
    [Date.UTC(2026, 11, 1, 8, 0), 60, '2026-12-01T09:00:00+01:00'],
    [Date.UTC(2026, 5, 1, 23, 30), 120, '2026-06-02T01:30:00+02:00'],
    [Date.UTC(2026, 11, 1, 14, 30), -330, '2026-12-01T09:00:00-05:30'],
    [Date.UTC(2026, 11, 1, 8, 0), 0, '2026-12-01T08:00:00Z'],
  ])('formatIsoInOffset(%i, %i) is %s and reads back', (epochMs, offset, iso) => {
    expect(formatIsoInOffset(epochMs, offset)).toBe(iso);
    expect(parseMeetingTime(iso)?.epochMs).toBe(epochMs);
  });

  it('formats UTC for a calendar file', () => {
    expect(formatIcsUtc(Date.UTC(2026, 11, 1, 8, 5, 9, 500))).toBe('20261201T080509Z');
  });
});
