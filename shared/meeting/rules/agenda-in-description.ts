import { renderAgendaText } from '../render-agenda.ts';
import type { MeetingRule } from './meeting-rule.ts';

/** An agenda in the description, so everyone knows what to expect; the fix inserts the running order. */
export const agendaInDescription: MeetingRule = {
  id: 'agenda',
  check({ hasAgenda, agenda, locale, t }) {
    if (hasAgenda) return null;
    return {
      id: 'agenda',
      severity: 'warning',
      message: t('agendaMissing'),
      fix: { kind: 'insert-agenda', text: renderAgendaText(agenda, locale) },
    };
  },
};
