import type { MeetingRule } from './meeting-rule.ts';

/** A presentation round that takes more than a third of the meeting crowds out the discussion. */
export const roundLength: MeetingRule = {
  id: 'round-length',
  check({ agenda, attendees, t }) {
    // Only for a group the page shows and a round that fits at all (else `end-time` already says so).
    if (attendees === undefined || !agenda.fits || !agenda.roundTooLong) return null;
    const minutes = agenda.availableMinutes ?? agenda.totalMinutes;
    const message = t('roundTooLong', { round: agenda.roundMinutes, minutes });
    return { id: 'round-length', severity: 'warning', message };
  },
};
