/**
 * Outlook's recurrence objects (Office.js, Mailbox 1.7) and the core's RRULE, both ways, for the
 * patterns a network's rhythm uses: daily, weekly on days, monthly on a day or the nth weekday, yearly.
 */

const dayCodes: Record<string, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};
const weekNumbers: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', last: '-1' };
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const frequencies: Record<string, string> = {
  daily: 'DAILY',
  weekday: 'WEEKLY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  yearly: 'YEARLY',
};

/** The RRULE for Outlook's pattern; undefined for a single appointment or a pattern we cannot say. */
export function recurrenceToRrule(recurrence: Office.Recurrence | null | undefined): string | undefined {
  const type = recurrence?.recurrenceType;
  const freq = type ? frequencies[type] : undefined;
  if (!recurrence || !type || !freq) return undefined;
  const props = recurrence.recurrenceProperties;
  const parts = [`FREQ=${freq}`];
  const interval = props?.interval ?? 1;
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  const days = type === 'weekday' ? ['mon', 'tue', 'wed', 'thu', 'fri'] : (props?.days ?? []).map(String);
  const codes = days.map((day) => dayCodes[day]).filter(Boolean);
  if (codes.length > 0) parts.push(`BYDAY=${codes.join(',')}`);
  const nth = props?.weekNumber ? weekNumbers[String(props.weekNumber)] : undefined;
  const weekday = props?.dayOfWeek ? dayCodes[String(props.dayOfWeek)] : undefined;
  if (nth && weekday) parts.push(`BYDAY=${nth}${weekday}`);
  if (props?.dayOfMonth) parts.push(`BYMONTHDAY=${props.dayOfMonth}`);
  const month = props?.month ? months.indexOf(String(props.month)) : -1;
  if (month >= 0) parts.push(`BYMONTH=${month + 1}`);
  const endDate = recurrence.seriesTime?.getEndDate?.();
  if (endDate && /^\d{4}-\d{2}-\d{2}$/.test(endDate)) parts.push(`UNTIL=${endDate.replaceAll('-', '')}`);
  return parts.join(';');
}

/** What `recurrence.setAsync` needs but the series' times: Outlook's type and properties for an RRULE. */
export interface RecurrencePattern {
  recurrenceType: string;
  recurrenceProperties: {
    interval: number;
    days?: string[];
    dayOfMonth?: number;
    weekNumber?: string;
    dayOfWeek?: string;
    month?: string;
  };
  until?: { year: number; month: number; day: number };
}

/** Outlook's pattern for an RRULE; undefined for what Outlook cannot repeat (COUNT, hourly, several nth days). */
export function rruleToPattern(rrule: string): RecurrencePattern | undefined {
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .toUpperCase()
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  if (parts.has('COUNT')) return undefined;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const codeToDay = Object.fromEntries(Object.entries(dayCodes).map(([day, code]) => [code, day]));
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  const until = parseUntil(parts.get('UNTIL'));
  const base = until ? { until } : {};
  switch (parts.get('FREQ')) {
    case 'DAILY':
      return { ...base, recurrenceType: 'daily', recurrenceProperties: { interval } };
    case 'WEEKLY': {
      const days = byDay.map((code) => codeToDay[code]).filter((day): day is string => day !== undefined);
      if (days.length !== byDay.length) return undefined;
      return { ...base, recurrenceType: 'weekly', recurrenceProperties: { interval, days } };
    }
    case 'MONTHLY': {
      const monthDay = Number(parts.get('BYMONTHDAY'));
      if (Number.isInteger(monthDay) && monthDay >= 1 && monthDay <= 31)
        return {
          ...base,
          recurrenceType: 'monthly',
          recurrenceProperties: { interval, dayOfMonth: monthDay },
        };
      const nth = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay.length === 1 ? (byDay[0] ?? '') : '');
      const weekNumber = nth && Object.entries(weekNumbers).find(([, n]) => n === nth[1])?.[0];
      const dayOfWeek = nth && codeToDay[nth[2] ?? ''];
      if (!weekNumber || !dayOfWeek) return undefined;
      return {
        ...base,
        recurrenceType: 'monthly',
        recurrenceProperties: { interval, weekNumber, dayOfWeek },
      };
    }
    default:
      return undefined;
  }
}

function parseUntil(value: string | undefined): RecurrencePattern['until'] {
  const match = value ? /^(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}
