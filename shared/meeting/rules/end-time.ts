import { assumedAttendees } from '../create-draft-agenda.ts';
import { formatClock, formatIsoInOffset, type MeetingTime } from '../meeting-time.ts';
import type { MeetingRule } from './meeting-rule.ts';

/** An end time that comes after the start and leaves room for everyone in the presentation round. */
export const endTime: MeetingRule = {
  id: 'end-time',
  check({ start, end, agenda, attendees, t }) {
    if (!start) return null;
    const fix = { kind: 'set-end', end: endAfter(start, agenda.totalMinutes) } as const;
    if (!end) {
      const message = t('endMissing', { minutes: agenda.totalMinutes });
      return { id: 'end-time-missing', severity: 'warning', message, fix };
    }
    if (end.epochMs <= start.epochMs) {
      return { id: 'end-time-before-start', severity: 'error', message: t('endBeforeStart'), fix };
    }
    // Whether or not the page lists the guests (then the usual 12): an agenda that does not fit is said.
    if (agenda.fits) return null;
    const message = t('endTooShort', {
      needed: agenda.totalMinutes,
      available: agenda.availableMinutes ?? 0,
      end: formatClock(start.minuteOfDay + agenda.totalMinutes),
      people: attendees ?? assumedAttendees,
    });
    return { id: 'end-time-too-short', severity: 'warning', message, fix };
  },
};

function endAfter(start: MeetingTime, minutes: number): string {
  return formatIsoInOffset(start.epochMs + minutes * 60_000, start.offsetMinutes);
}
