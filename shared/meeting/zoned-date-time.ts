import type { ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { wallTime } from './time-zone.ts';

/**
 * An instant as the Temporal.ZonedDateTime shape ical-generator reads: it then writes the wall-clock
 * time in `zone` (a plain Date would be read in the host's zone, which differs between machines).
 */
export function zonedDateTime(epochMs: number, zone: string): ICalTemporalZonedDateTimeStub {
  const w = wallTime(epochMs, zone);
  const iso = new Date(epochMs).toISOString();
  const plainDate = { ...pick(w), toJSON: () => iso.slice(0, 10), toString: () => iso.slice(0, 10) };
  const plain = {
    ...w,
    toJSON: () => iso,
    toString: () => iso,
    toPlainDate: () => plainDate,
    toZonedDateTime: (other: string) => zonedDateTime(epochMs, other),
  };
  return {
    ...w,
    timeZoneId: zone,
    toJSON: () => iso,
    toString: () => iso,
    toPlainDateTime: () => plain,
    withTimeZone: (other: string) => zonedDateTime(epochMs, other),
    toInstant: () => ({
      epochMilliseconds: epochMs,
      toJSON: () => iso,
      toString: () => iso,
      toZonedDateTimeISO: (other: string) => zonedDateTime(epochMs, other),
    }),
  };
}

function pick(w: { year: number; month: number; day: number }) {
  return { year: w.year, month: w.month, day: w.day };
}
