/**
 * ISO 8601 date-times read without the host's time zone: the offset written in the string is the
 * meeting's own, so clock times and weekdays come out the same on every machine.
 */
export interface MeetingTime {
  /** Milliseconds since the epoch (UTC). */
  epochMs: number;
  /** The written offset in minutes east of UTC (`Z` is 0). */
  offsetMinutes: number;
  /** Minutes after local midnight in that offset. */
  minuteOfDay: number;
  /** Local weekday in that offset, 0 = Sunday. */
  weekday: number;
}

// The same shape zod's `z.iso.datetime({ offset: true })` accepts: seconds required, `Z` or `±HH:MM`.
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

export function parseMeetingTime(value: string): MeetingTime | undefined {
  const m = isoPattern.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = Number(m[9] ?? 0);
  const offsetMins = Number(m[10] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMins > 59) return undefined;
  const offsetMinutes = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  const localMs =
    new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000 + fraction;
  return {
    epochMs: localMs - offsetMinutes * 60_000,
    offsetMinutes,
    minuteOfDay: hour * 60 + minute,
    weekday: new Date(localMs).getUTCDay(),
  };
}

/** `HH:MM` for minutes after midnight; wraps past midnight. */
export function formatClock(minuteOfDay: number): string {
  const m = ((Math.floor(minuteOfDay) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** An ISO date-time in the given offset, e.g. `2026-12-01T10:15:00+01:00`. */
export function formatIsoInOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** RFC 5545 UTC form, e.g. `20261201T080000Z`. */
export function formatIcsUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
