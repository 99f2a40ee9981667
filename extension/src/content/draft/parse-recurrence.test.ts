import { describe, expect, it } from 'vitest';
import { parseRecurrence } from './parse-recurrence.ts';

describe('parseRecurrence', () => {
  it.each([
    ['Repeat: Monthly on the first Tuesday', 'FREQ=MONTHLY;BYDAY=1TU'],
    ['Monthly on the second Tuesday', 'FREQ=MONTHLY;BYDAY=2TU'],
    ['Monthly on the last Friday', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['Månedligt den anden tirsdag', 'FREQ=MONTHLY;BYDAY=2TU'],
    ['Varje månad den första tisdagen', 'FREQ=MONTHLY;BYDAY=1TU'],
    ['Weekly on Wednesday', 'FREQ=WEEKLY;BYDAY=WE'],
    ['Ugentligt om torsdagen', 'FREQ=WEEKLY;BYDAY=TH'],
    ['Varje vecka på måndag', 'FREQ=WEEKLY;BYDAY=MO'],
    ['Daily', 'FREQ=DAILY'],
    ['Annually on December 1', 'FREQ=YEARLY'],
    ['FREQ=MONTHLY;BYDAY=1TU', 'FREQ=MONTHLY;BYDAY=1TU'],
    ['RRULE:freq=weekly', 'FREQ=WEEKLY'],
  ])('reads %s', (label, rule) => {
    expect(parseRecurrence(label)).toBe(rule);
  });

  it.each(['', 'Does not repeat', 'Gentages ikke', 'Upprepas inte', 'Custom…', 'Repeat'])(
    'gives nothing for %j',
    (label) => {
      expect(parseRecurrence(label)).toBeUndefined();
    },
  );
});
