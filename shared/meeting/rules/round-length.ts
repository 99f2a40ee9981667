import type { MeetingRule } from './meeting-rule.ts';

/**
 * A round in plenary stops working above about 12 people: the agenda holds it at the tables, and the
 * leader should know before the meeting (the round rule, `presentationRound`).
 */
export const roundLength: MeetingRule = {
  id: 'round-length',
  check({ agenda, attendees, t }) {
    // Only for a group the page shows and an agenda that fits at all (else `end-time` already says so).
    if (attendees === undefined || !agenda.fits || !agenda.roundAtTables) return null;
    const message = t('roundTooLong', {
      people: attendees,
      minutes: agenda.roundMinutes,
      each: agenda.perPersonMinutes,
    });
    return { id: 'round-length', severity: 'info', message };
  },
};
