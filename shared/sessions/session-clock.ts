import { formatClock, formatIsoInOffset, parseMeetingTime } from '../meeting/meeting-time.ts';
import { wallTime, zoneOffsetMinutes } from '../meeting/time-zone.ts';

/**
 * The clock a running order is read on: minutes after the start → `HH:MM` on the wall clock of the
 * event's zone (so a session across a clock change still reads right), or of the start's own offset,
 * or of a bare `HH:MM` start (no date known).
 */
export interface SessionClock {
  at(minute: number): string;
  /** ISO 8601 in the zone's offset at that instant; only when the start is a date and time. */
  isoAt?(minute: number): string;
  /** The local date `YYYY-MM-DD` of the start; only when the start is a date and time. */
  date?: string;
  timeZone?: string;
}

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `undefined` when `start` is neither `HH:MM` nor an ISO date-time with offset. */
export function sessionClock(start: string, timeZone?: string): SessionClock | undefined {
  const bare = clockPattern.exec(start);
  if (bare) {
    const first = Number(bare[1]) * 60 + Number(bare[2]);
    return { at: (minute) => formatClock(first + minute) };
  }
  const time = parseMeetingTime(start);
  if (!time) return undefined;
  if (timeZone) {
    const iso = (minute: number) => {
      const ms = time.epochMs + minute * 60_000;
      return formatIsoInOffset(ms, zoneOffsetMinutes(ms, timeZone));
    };
    const w = wallTime(time.epochMs, timeZone);
    return {
      at: (minute) => iso(minute).slice(11, 16),
      isoAt: iso,
      date: `${w.year}-${pad(w.month)}-${pad(w.day)}`,
      timeZone,
    };
  }
  const iso = (minute: number) => formatIsoInOffset(time.epochMs + minute * 60_000, time.offsetMinutes);
  return { at: (minute) => iso(minute).slice(11, 16), isoAt: iso, date: iso(0).slice(0, 10) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
