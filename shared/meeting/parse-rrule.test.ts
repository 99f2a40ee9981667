import { describe, expect, it } from 'vitest';
import { hasFixedRhythm, parseRrule, suggestRrule } from './parse-rrule.ts';

describe('parseRrule', () => {
  it.each<[string, string | undefined]>([
    ['FREQ=WEEKLY;INTERVAL=4;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=4;BYDAY=TU'],
    ['RRULE:FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;BYDAY=2TU'],
    ['  rrule:freq=monthly;byday=-1fr;  ', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['FREQ=WEEKLY;UNTIL=20271231T230000Z', 'FREQ=WEEKLY;UNTIL=20271231T230000Z'],
    ['FREQ=FORTNIGHTLY', undefined],
    ['INTERVAL=2', undefined],
    ['FREQ=WEEKLY;FREQ=DAILY', undefined],
    ['FREQ=WEEKLY;BYDAY', undefined],
    ['FREQ=WEEKLY\r\nLOCATION:elsewhere', undefined],
    ['FREQ=WEEKLY;X-NAME="a"', undefined],
    ['', undefined],
  ])('%j → %j', (input, value) => {
    expect(parseRrule(input)?.value).toBe(value);
  });
});

describe('hasFixedRhythm', () => {
  it.each<[string, boolean]>([
    ['FREQ=WEEKLY;INTERVAL=4;BYDAY=TU', true],
    ['FREQ=MONTHLY;BYDAY=2TU;BYHOUR=9', true],
    ['FREQ=DAILY', true],
    ['FREQ=WEEKLY;BYDAY=MO,TH', false],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', false],
    ['FREQ=MINUTELY', false],
    ['FREQ=WEEKLY;INTERVAL=0', false],
  ])('%j → %s', (input, expected) => {
    const rule = parseRrule(input);
    if (!rule) throw new Error('unreadable');
    expect(hasFixedRhythm(rule)).toBe(expected);
  });
});

describe('suggestRrule', () => {
  it.each<[number | undefined, string]>([
    [2, 'FREQ=WEEKLY;INTERVAL=4;BYDAY=TU'],
    [0, 'FREQ=WEEKLY;INTERVAL=4;BYDAY=SU'],
    [undefined, 'FREQ=WEEKLY;INTERVAL=4'],
    [9, 'FREQ=WEEKLY;INTERVAL=4'],
  ])('%s → %s', (weekday, rule) => {
    expect(suggestRrule(weekday)).toBe(rule);
  });
});
