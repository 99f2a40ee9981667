/** An RFC 5545 recurrence rule, upper-cased, without its `RRULE:` prefix. */
export interface Rrule {
  value: string;
  parts: ReadonlyMap<string, string>;
}

const frequencies = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
// Everything an RRULE value can hold; a newline or colon here could smuggle another property into a file.
const ruleCharacters = /^[A-Z0-9=;,+-]+$/;

/** Reads an RRULE, with or without `RRULE:`; `undefined` when it has bad characters, duplicates or no FREQ. */
export function parseRrule(input: string): Rrule | undefined {
  const text = input
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (!ruleCharacters.test(text)) return undefined;
  const parts = new Map<string, string>();
  for (const pair of text.split(';').filter((p) => p.length > 0)) {
    const match = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(pair);
    if (!match?.[1] || !match[2] || parts.has(match[1])) return undefined;
    parts.set(match[1], match[2]);
  }
  if (!frequencies.has(parts.get('FREQ') ?? '')) return undefined;
  return { value: [...parts].map(([name, value]) => `${name}=${value}`).join(';'), parts };
}

/**
 * Whether a series keeps one rhythm: a day or longer between meetings, and at most one weekday,
 * hour, minute or day of the month (newcomers can then find the next meeting without asking).
 */
export function hasFixedRhythm(rule: Rrule): boolean {
  if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(rule.parts.get('FREQ') ?? '')) return false;
  const interval = rule.parts.get('INTERVAL');
  if (interval !== undefined && !/^[1-9]\d*$/.test(interval)) return false;
  return ['BYDAY', 'BYHOUR', 'BYMINUTE', 'BYMONTHDAY', 'BYSETPOS'].every(
    (name) => !rule.parts.get(name)?.includes(','),
  );
}

/** A series every four weeks, on the given weekday (0 = Sunday) when known. */
export function suggestRrule(weekday?: number): string {
  const code = weekday === undefined ? undefined : weekdayCodes[weekday];
  return code ? `FREQ=WEEKLY;INTERVAL=4;BYDAY=${code}` : 'FREQ=WEEKLY;INTERVAL=4';
}
