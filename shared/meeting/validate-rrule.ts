import { parseRrule } from './parse-rrule.ts';

/** Why a host's repeat rule cannot go into a calendar file; each has its own localized prompt. */
export type RruleProblem =
  | 'syntax'
  | 'unknown-part'
  | 'bad-day'
  | 'bad-interval'
  | 'bad-count'
  | 'count-and-until'
  | 'bad-until'
  | 'bad-number';

export type ValidatedRrule =
  | { ok: true; value: string }
  | { ok: false; problem: RruleProblem; part?: string };

const dayPattern = /^([+-]?(?:[1-9]|[1-4]\d|5[0-3]))?(MO|TU|WE|TH|FR|SA|SU)$/;
// RFC 5545 §3.3.10: what a rule may hold and, for the BYxxx lists, the range of each number.
const numberRanges: Readonly<Record<string, { min: number; max: number; signed: boolean }>> = {
  BYSECOND: { min: 0, max: 60, signed: false },
  BYMINUTE: { min: 0, max: 59, signed: false },
  BYHOUR: { min: 0, max: 23, signed: false },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYMONTH: { min: 1, max: 12, signed: false },
  BYSETPOS: { min: 1, max: 366, signed: true },
};
const knownParts = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'WKST',
  ...Object.keys(numberRanges),
]);

/**
 * Checks a host form's RRULE as calendars do, and writes UNTIL in DTSTART's form (UTC, as RFC 5545
 * requires with a TZID start): a date or local time is read in the meeting's zone via `toUtc`.
 */
export function validateRrule(input: string, toUtc: (local: LocalDateTime) => number): ValidatedRrule {
  const rule = parseRrule(input);
  if (!rule) return { ok: false, problem: 'syntax' };
  const parts = new Map(rule.parts);
  for (const [name, value] of parts) {
    if (!knownParts.has(name)) return { ok: false, problem: 'unknown-part', part: name };
    const range = numberRanges[name];
    if (range && !value.split(',').every((n) => inRange(n, range)))
      return { ok: false, problem: 'bad-number', part: `${name}=${value}` };
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const days = byDay.split(',');
    const ordinalAllowed = ['MONTHLY', 'YEARLY'].includes(parts.get('FREQ') ?? '');
    for (const day of days) {
      const match = dayPattern.exec(day);
      if (!match || (match[1] !== undefined && !ordinalAllowed))
        return { ok: false, problem: 'bad-day', part: day };
    }
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(wkst))
    return { ok: false, problem: 'bad-day', part: wkst };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !/^[1-9]\d{0,3}$/.test(interval))
    return { ok: false, problem: 'bad-interval', part: interval };
  const count = parts.get('COUNT');
  if (count !== undefined && !/^[1-9]\d{0,3}$/.test(count))
    return { ok: false, problem: 'bad-count', part: count };
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    if (count !== undefined) return { ok: false, problem: 'count-and-until' };
    const utc = untilInUtc(until, toUtc);
    if (utc === undefined) return { ok: false, problem: 'bad-until', part: until };
    parts.set('UNTIL', utc);
  }
  return { ok: true, value: [...parts].map(([name, value]) => `${name}=${value}`).join(';') };
}

/** A wall-clock time in the meeting's zone. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** `YYYYMMDD` (the whole day counts), `YYYYMMDDTHHMMSS` (local) or `…Z` (UTC), as `YYYYMMDDTHHMMSSZ`. */
function untilInUtc(value: string, toUtc: (local: LocalDateTime) => number): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const local: LocalDateTime = {
    year,
    month,
    day,
    hour: hasTime ? Number(m[4]) : 23,
    minute: hasTime ? Number(m[5]) : 59,
    second: hasTime ? Number(m[6]) : 59,
  };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || local.hour > 23 || local.minute > 59 || local.second > 59)
    return undefined;
  if (m[7] === 'Z') return value;
  const ms = toUtc(local);
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function inRange(text: string, range: { min: number; max: number; signed: boolean }): boolean {
  const m = /^([+-]?)(\d{1,3})$/.exec(text);
  if (!m) return false;
  if (m[1] !== '' && !range.signed) return false;
  const n = Number(m[2]);
  return n >= range.min && n <= range.max;
}
