import { describe, expect, it } from 'vitest';
import { recurrenceToRrule, rruleToPattern } from './office-recurrence.ts';

const seriesTime = (end: string | null) => ({ getEndDate: () => end }) as unknown as Office.SeriesTime;

describe("Outlook's recurrence and the core's RRULE", () => {
  it('turns the suggested rhythm into a weekly Outlook pattern, and back', () => {
    const pattern = rruleToPattern('FREQ=WEEKLY;INTERVAL=4;BYDAY=TU');
    expect(pattern).toEqual({
      recurrenceType: 'weekly',
      recurrenceProperties: { interval: 4, days: ['tue'] },
    });
    const back = recurrenceToRrule({
      recurrenceType: 'weekly',
      recurrenceProperties: { interval: 4, days: ['tue'] },
      seriesTime: seriesTime(null),
    } as unknown as Office.Recurrence);
    expect(back).toBe('FREQ=WEEKLY;INTERVAL=4;BYDAY=TU');
  });

  it('says the nth weekday of a month and an end date', () => {
    expect(rruleToPattern('RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630')).toEqual({
      recurrenceType: 'monthly',
      recurrenceProperties: { interval: 1, weekNumber: 'second', dayOfWeek: 'tue' },
      until: { year: 2027, month: 5, day: 30 },
    });
    expect(
      recurrenceToRrule({
        recurrenceType: 'monthly',
        recurrenceProperties: { interval: 1, weekNumber: 'last', dayOfWeek: 'fri' },
        seriesTime: seriesTime('2027-06-30'),
      } as unknown as Office.Recurrence),
    ).toBe('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630');
  });

  it('refuses what Outlook cannot repeat, and reads a single appointment as no rule', () => {
    expect(rruleToPattern('FREQ=WEEKLY;COUNT=5;BYDAY=TU')).toBeUndefined();
    expect(rruleToPattern('FREQ=HOURLY')).toBeUndefined();
    expect(rruleToPattern('FREQ=WEEKLY;BYDAY=XX')).toBeUndefined();
    expect(recurrenceToRrule(null)).toBeUndefined();
  });
});
