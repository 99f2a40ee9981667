/**
 * The default first meeting of a series: a Tuesday at 09:00 local time, at least three weeks
 * ahead, so the invitation goes out in good time. Returns ISO 8601 with the local offset.
 */
export function defaultMeetingStart(now: Date, utcOffsetMinutes: (date: Date) => number): string {
  const earliest = new Date(now.getTime() + 21 * 86_400_000);
  const tuesday = 2;
  const daysAhead = (tuesday - earliest.getUTCDay() + 7) % 7;
  const day = new Date(
    Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), earliest.getUTCDate() + daysAhead, 9),
  );
  return `${day.toISOString().slice(0, 10)}T09:00:00${formatOffset(utcOffsetMinutes(day))}`;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Adds minutes to an ISO date-time, keeping its written offset (`…+01:00` stays `+01:00`). */
export function addMinutesKeepingOffset(iso: string, minutes: number): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1] ?? 'Z';
  const offsetMinutes =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(Date.parse(iso) + (minutes + offsetMinutes) * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset === 'Z' ? 'Z' : offset}`;
}
