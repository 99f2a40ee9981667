/** Calendar date and clock time as a host page writes them (en, da, sv formats), read tolerantly. */
export interface HostDate {
  year: number;
  month: number;
  day: number;
}
export interface HostTime {
  hour: number;
  minute: number;
}

// Three-letter stems cover full and short names in all three languages (marts/mars/march, maj/may, okt/oct).
const monthStems: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  maj: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Reads `2026-12-01`, `12/1/2026` (US order), `1.12.2026`, `01-12-2026`, `Dec 1, 2026`, `1. december 2026`, `1 dec.`. */
export function parseHostDate(text: string, now: Date): HostDate | undefined {
  const t = text.toLowerCase();
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2,4}))?/.exec(t);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const year = fullYear(numeric[4], now);
    // Slashes are US order (month first) unless the first number cannot be a month.
    const usOrder = numeric[2] === '/' && a <= 12;
    return usOrder ? checked(year, a, b) : checked(year, b, a);
  }
  return parseNamedMonth(t, now);
}

function parseNamedMonth(t: string, now: Date): HostDate | undefined {
  const dayFirst = /(\d{1,2})\.?\s+([a-zæøåäö]{3,})\.?,?\s*(\d{4})?/.exec(t);
  if (dayFirst) {
    const month = monthStems[dayFirst[2]?.slice(0, 3) ?? ''];
    if (month) return checked(fullYear(dayFirst[3], now), month, Number(dayFirst[1]));
  }
  const monthFirst = /([a-zæøåäö]{3,})\.?\s+(\d{1,2}),?\s*(\d{4})?/.exec(t);
  if (monthFirst) {
    const month = monthStems[monthFirst[1]?.slice(0, 3) ?? ''];
    if (month) return checked(fullYear(monthFirst[3], now), month, Number(monthFirst[2]));
  }
  return undefined;
}

/** Reads `9:00 AM`, `9:30pm`, `09.00`, `kl. 21:15`, `9am`. */
export function parseHostTime(text: string): HostTime | undefined {
  const m = /(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*m?\.?/i.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** The date and time in the browser's own time zone, as ISO 8601 with its offset. */
export function toLocalIso(date: HostDate, time: HostTime): string {
  const local = new Date(date.year, date.month - 1, date.day, time.hour, time.minute);
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${local.getFullYear()}-${p(local.getMonth() + 1)}-${p(local.getDate())}`;
  return `${day}T${p(local.getHours())}:${p(local.getMinutes())}:00${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

/** Start and end as ISO strings from whatever parts the page shows; the end date defaults to the start's. */
export function readTimes(
  parts: { startDate?: string; startTime?: string; endDate?: string; endTime?: string },
  now: Date,
): { start?: string; end?: string } {
  const startDate = parts.startDate ? parseHostDate(parts.startDate, now) : undefined;
  const startTime = parts.startTime ? parseHostTime(parts.startTime) : undefined;
  if (!startDate || !startTime) return {};
  const endDate = (parts.endDate ? parseHostDate(parts.endDate, now) : undefined) ?? startDate;
  const endTime = parts.endTime ? parseHostTime(parts.endTime) : undefined;
  const start = toLocalIso(startDate, startTime);
  return endTime ? { start, end: toLocalIso(endDate, endTime) } : { start };
}

function fullYear(text: string | undefined, now: Date): number {
  if (!text) return now.getFullYear();
  const n = Number(text);
  return n < 100 ? 2000 + n : n;
}

function checked(year: number, month: number, day: number): HostDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > new Date(year, month, 0).getDate()) return undefined;
  return { year, month, day };
}
