import type { Locale } from '../i18n/locale.ts';
import { formatIsoInOffset, parseMeetingTime } from '../meeting/meeting-time.ts';
import { isTimeZone, wallTime, zonedToUtc, zoneOffsetMinutes } from '../meeting/time-zone.ts';

/** What the user gave: a start (`HH:MM`, ISO with offset or `Z`, or a local date-time) and maybe a zone. */
export interface EventTimeInput {
  start?: string;
  /** The zone asked for (`--tz`, the calendar's zone). */
  timeZone?: string;
  /** The zone the machine or browser is set to, when known. */
  machineZone?: string;
  locale: Locale;
}

export type EventTimeProblem =
  | { code: 'bad-start'; value: string }
  | { code: 'bad-zone'; zone: string }
  | { code: 'need-zone'; value: string }
  | { code: 'dst-gap'; value: string; zone: string };

export interface EventTime {
  /** The start as an instant, ISO 8601 in the zone's offset; or `HH:MM` when only a clock was given. */
  start?: string;
  timeZone?: string;
  /** The start was written in another offset than the zone's: it is the same instant, read in the zone. */
  converted?: { from: string; to: string };
}

// The zone of the country a language is spoken in: what a Danish or Swedish user's meeting is in.
const countryZone: Readonly<Partial<Record<Locale, string>>> = {
  da: 'Europe/Copenhagen',
  sv: 'Europe/Stockholm',
};

const utcNames = new Set([
  'UTC',
  'Etc/UTC',
  'Etc/GMT',
  'GMT',
  'Etc/Universal',
  'Universal',
  'Etc/Zulu',
  'Zulu',
  'UCT',
  'Etc/UCT',
]);

const clockOnly = /^([01]\d|2[0-3]):([0-5]\d)$/;
const withOffset = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;
const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The one zone rule. The zone is the one asked for; else the machine's, unless the machine is set to
 * UTC (a server: a series written in UTC drifts an hour at every clock change); then the zone of the
 * language's country when the start's offset is its offset then; else the user must say (`--tz`).
 * A start in another offset is converted to the zone (and said so); a local time needs a zone, and a
 * local time the clock skips (a spring-forward gap) is refused.
 */
export function resolveEventTime(input: EventTimeInput): EventTime | EventTimeProblem {
  const raw = input.start?.trim();
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone))
    return { code: 'bad-zone', zone: input.timeZone };
  if (raw === undefined || raw === '') return input.timeZone ? { timeZone: input.timeZone } : {};
  if (clockOnly.test(raw)) return { start: raw, ...(input.timeZone ? { timeZone: input.timeZone } : {}) };
  const offset = withOffset.exec(raw);
  if (offset) {
    const iso = `${offset[1]}${offset[2] ?? ':00'}${offset[3]}`;
    const time = parseMeetingTime(iso);
    if (!time) return { code: 'bad-start', value: raw };
    const zone = chooseZone(input, time.epochMs, time.offsetMinutes);
    if (!zone) return { code: 'need-zone', value: raw };
    const inZone = formatIsoInOffset(time.epochMs, zoneOffsetMinutes(time.epochMs, zone));
    const out: EventTime = { start: inZone, timeZone: zone };
    if (zoneOffsetMinutes(time.epochMs, zone) !== time.offsetMinutes)
      out.converted = { from: iso, to: inZone };
    return out;
  }
  const m = local.exec(raw);
  if (!m) return { code: 'bad-start', value: raw };
  const zone = input.timeZone ?? usableMachineZone(input.machineZone);
  if (!zone) return { code: 'need-zone', value: raw };
  const wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  if (!parseMeetingTime(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z`))
    return { code: 'bad-start', value: raw };
  const epochMs = zonedToUtc(wall, zone);
  const back = wallTime(epochMs, zone);
  if (back.hour !== wall.hour || back.minute !== wall.minute || back.day !== wall.day)
    return { code: 'dst-gap', value: raw, zone };
  return { start: formatIsoInOffset(epochMs, zoneOffsetMinutes(epochMs, zone)), timeZone: zone };
}

export function isEventTimeProblem(value: EventTime | EventTimeProblem): value is EventTimeProblem {
  return 'code' in value;
}

function chooseZone(input: EventTimeInput, epochMs: number, offsetMinutes: number): string | undefined {
  if (input.timeZone) return input.timeZone;
  const machine = usableMachineZone(input.machineZone);
  if (machine) return machine;
  const country = countryZone[input.locale];
  if (country && zoneOffsetMinutes(epochMs, country) === offsetMinutes) return country;
  return undefined;
}

function usableMachineZone(zone: string | undefined): string | undefined {
  if (!zone || utcNames.has(zone) || !isTimeZone(zone)) return undefined;
  return zone;
}
