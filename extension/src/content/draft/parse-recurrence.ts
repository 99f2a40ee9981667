/**
 * Turns a host's repeat label (en, da, sv) into an RRULE, e.g. "Monthly on the second Tuesday" →
 * `FREQ=MONTHLY;BYDAY=2TU`. Labels it cannot read give `undefined`, never a guess.
 */
const weekdays: ReadonlyArray<[string, readonly string[]]> = [
  ['MO', ['monday', 'mandag', 'måndag']],
  ['TU', ['tuesday', 'tirsdag', 'tisdag']],
  ['WE', ['wednesday', 'onsdag']],
  ['TH', ['thursday', 'torsdag']],
  ['FR', ['friday', 'fredag']],
  ['SA', ['saturday', 'lørdag', 'lördag']],
  ['SU', ['sunday', 'søndag', 'söndag']],
];

const ordinals: ReadonlyArray<[string, readonly string[]]> = [
  ['-1', ['last', 'sidste', 'sista']],
  ['1', ['first', 'første', 'första', '1st', '1.']],
  ['2', ['second', 'anden', 'andra', '2nd', '2.']],
  ['3', ['third', 'tredje', '3rd', '3.']],
  ['4', ['fourth', 'fjerde', 'fjärde', '4th', '4.']],
];

const never = ['does not repeat', 'gentages ikke', 'upprepas inte', "don't repeat", 'never', 'aldrig'];
const daily = ['daily', 'every day', 'dagligt', 'hver dag', 'dagligen', 'varje dag'];
const weekly = ['weekly', 'every week', 'ugentligt', 'hver uge', 'varje vecka', 'veckovis'];
const monthly = ['monthly', 'every month', 'månedligt', 'hver måned', 'varje månad', 'månadsvis'];
const yearly = ['annually', 'yearly', 'every year', 'årligt', 'hvert år', 'årligen', 'varje år'];

export function parseRecurrence(label: string): string | undefined {
  const text = label.trim();
  // Intranet forms may carry the rule itself as an option value.
  if (/^(RRULE:)?FREQ=[A-Z]+/i.test(text)) return text.replace(/^RRULE:/i, '').toUpperCase();
  const t = text.toLowerCase();
  if (has(t, never)) return undefined;
  const day = weekdays.find(([, names]) => has(t, names))?.[0];
  if (has(t, monthly)) {
    const nth = ordinals.find(([, words]) => words.some((w) => t.includes(`${w} `)))?.[0];
    return day && nth ? `FREQ=MONTHLY;BYDAY=${nth}${day}` : 'FREQ=MONTHLY';
  }
  if (has(t, weekly)) return day ? `FREQ=WEEKLY;BYDAY=${day}` : 'FREQ=WEEKLY';
  if (has(t, daily)) return 'FREQ=DAILY';
  if (has(t, yearly)) return 'FREQ=YEARLY';
  return undefined;
}

function has(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}
