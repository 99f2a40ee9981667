import type { MeetingRule } from './meeting-rule.ts';

/** The same place every time: newcomers and returners find their way without asking. */
export const samePlace: MeetingRule = {
  id: 'same-place',
  check({ draft, t }) {
    if ((draft.location ?? '').trim() !== '') return null;
    return { id: 'same-place', severity: 'warning', message: t('samePlace') };
  },
};
