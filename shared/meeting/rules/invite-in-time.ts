import type { MeetingRule } from './meeting-rule.ts';

/** Days of notice an invitation should give. */
export const inviteNoticeDays = 14;

const dayMs = 86_400_000;

/** Invite in good time: a meeting less than two weeks ahead is hard to fit into people's calendars. */
export const inviteInTime: MeetingRule = {
  id: 'invite-in-time',
  check({ start, now, t }) {
    const days = start ? (start.epochMs - now.getTime()) / dayMs : Number.NaN;
    // A meeting in the past (or an unreadable clock) is being looked at, not planned.
    if (!(days >= 0 && days < inviteNoticeDays)) return null;
    const message = days < 2 ? t('inviteVerySoon') : t('inviteSoon', { days: Math.floor(days) });
    return { id: 'invite-in-time', severity: 'warning', message };
  },
};
