/**
 * The host fixtures were written for an event on Tuesday 1 December 2026. Served as written, they
 * would age: once that day has passed, "invite in good time" no longer applies and the card shows
 * other prompts. So every test serves them moved to the Tuesday 7–13 days after `now` (still a
 * Tuesday, still inside the two-week notice), in each format the fixtures write dates in.
 */
const fixtureDay = Date.UTC(2026, 11, 1);
const dayMs = 86_400_000;

export function fixtureEventDay(now: number): number {
  const inAWeek = Math.floor(now / dayMs) * dayMs + 7 * dayMs;
  const tuesday = 2;
  return inAWeek + ((((tuesday - new Date(inAWeek).getUTCDay()) % 7) + 7) % 7) * dayMs;
}

const monthsShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthsLong = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Each written form of a fixture date, and how to write a day in it.
const forms: readonly [RegExp, (d: Date) => string][] = [
  [/\b2026-12-(\d{2})\b/g, (d) => d.toISOString().slice(0, 10)],
  [/\b12\/(\d{1,2})\/2026\b/g, (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`],
  [/\b(\d{2})-12-2026\b/g, (d) => `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`],
  [
    /\bDec (\d{1,2}), 2026\b/g,
    (d) => `${monthsShort[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  ],
  [
    /\bDecember (\d{1,2}), 2026\b/g,
    (d) => `${monthsLong[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  ],
];

/** The fixture's HTML with every December 2026 date moved by the same number of days. */
export function shiftFixtureDates(html: string, now: number): string {
  const shift = fixtureEventDay(now) - fixtureDay;
  return forms.reduce(
    (text, [pattern, write]) =>
      text.replace(pattern, (_all, day: string) => write(new Date(Date.UTC(2026, 11, Number(day)) + shift))),
    html,
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
