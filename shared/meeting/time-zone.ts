import type { Locale } from '../i18n/locale.ts';
import type { LocalDateTime } from './validate-rrule.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is an IANA time zone this runtime knows, e.g. `Europe/Copenhagen`. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '' || zone.length > 100) return false;
  try {
    formatIn(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `zone` at an instant; never the host's zone. */
export function wallTime(epochMs: number, zone: string): LocalDateTime {
  const parts = formatIn(zone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes `zone` is ahead of UTC at an instant, e.g. 60 for Copenhagen in winter. */
export function zoneOffsetMinutes(epochMs: number, zone: string): number {
  const w = wallTime(epochMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time in `zone` names (the later reading when a clock change repeats it). */
export function zonedToUtc(local: LocalDateTime, zone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const first = asUtc - zoneOffsetMinutes(asUtc, zone) * 60_000;
  return asUtc - zoneOffsetMinutes(first, zone) * 60_000;
}

// The zones our users live in, by language; a draft's bare offset is read as the first that matches it.
const likelyZones: Readonly<Record<Locale, readonly string[]>> = {
  da: ['Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Helsinki', 'Europe/London'],
  sv: ['Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Helsinki', 'Europe/London'],
  en: ['Europe/London', 'Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Helsinki'],
};

/**
 * A zone for a draft that only carries an offset: the user's language's likely zone whose offset
 * at the start matches; `undefined` (write UTC) when none does, e.g. for `Z`.
 */
export function deriveTimeZone(epochMs: number, offsetMinutes: number, locale: Locale): string | undefined {
  if (offsetMinutes === 0) return undefined;
  return likelyZones[locale].find((zone) => zoneOffsetMinutes(epochMs, zone) === offsetMinutes);
}

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}
