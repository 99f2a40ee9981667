import { notesKeywords } from '../agenda-keywords.ts';
import { hasKeyword } from '../has-keyword.ts';
import type { MeetingRule } from './meeting-rule.ts';

/** Notes sent or posted afterwards, where everyone can read them. */
export const notesAfter: MeetingRule = {
  id: 'notes-after',
  check({ text, t }) {
    if (hasKeyword(text, notesKeywords)) return null;
    return { id: 'notes-after', severity: 'info', message: t('notesAfter') };
  },
};
