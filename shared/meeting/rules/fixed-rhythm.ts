import type { MeetingMessageKey } from '../meeting-messages.ts';
import { hasFixedRhythm, parseRrule, suggestRrule } from '../parse-rrule.ts';
import { rruleProblemMessage } from '../rrule-problem-message.ts';
import { zonedToUtc } from '../time-zone.ts';
import { validateRrule } from '../validate-rrule.ts';
import type { MeetingRule } from './meeting-rule.ts';

const weekdayKeys = [
  'weekday0',
  'weekday1',
  'weekday2',
  'weekday3',
  'weekday4',
  'weekday5',
  'weekday6',
] as const satisfies readonly MeetingMessageKey[];

/** Same interval, weekday and time: a network is easy to join when it meets at a fixed rhythm. */
export const fixedRhythm: MeetingRule = {
  id: 'fixed-rhythm',
  check({ draft, start, t }) {
    const weekday = start?.weekday;
    const fix = { kind: 'set-recurrence', rrule: suggestRrule(weekday) } as const;
    const recurrence = draft.recurrence?.trim() ?? '';
    if (recurrence === '') {
      const dayKey = weekday === undefined ? undefined : weekdayKeys[weekday];
      const message = dayKey ? t('rhythmMissing', { weekday: t(dayKey) }) : t('rhythmMissingNoStart');
      return { id: 'fixed-rhythm-missing', severity: 'warning', message, fix };
    }
    // A rule calendars would reject is said before the user exports it, in the same words as the export.
    const checked = validateRrule(recurrence, (local) => zonedToUtc(local, draft.timeZone ?? 'UTC'));
    if (!checked.ok)
      return { id: 'fixed-rhythm-invalid', severity: 'error', message: rruleProblemMessage(t, checked), fix };
    const rule = parseRrule(recurrence);
    if (rule && hasFixedRhythm(rule)) return null;
    return { id: 'fixed-rhythm-irregular', severity: 'warning', message: t('rhythmIrregular'), fix };
  },
};
