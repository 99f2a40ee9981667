import { type AgendaPart, agendaPartKeywords } from '../agenda-keywords.ts';
import { hasKeyword } from '../has-keyword.ts';
import type { PromptSeverity } from '../meeting-draft.ts';
import type { MeetingMessageKey } from '../meeting-messages.ts';
import type { MeetingRule } from './meeting-rule.ts';

const parts: readonly { part: AgendaPart; key: MeetingMessageKey; severity: PromptSeverity }[] = [
  { part: 'presentation-round', key: 'agendaPresentationRound', severity: 'warning' },
  { part: 'current-matters', key: 'agendaCurrentMatters', severity: 'info' },
  // The guest speaker is optional: only when the members need one.
  { part: 'guest-speaker', key: 'agendaGuestSpeaker', severity: 'info' },
  { part: 'discussion', key: 'agendaDiscussion', severity: 'info' },
];

/** One rule per part of the running order, checked only once the description has an agenda at all. */
export const agendaPartRules: readonly MeetingRule[] = parts.map(({ part, key, severity }) => ({
  id: `agenda-${part}`,
  check({ hasAgenda, text, t }) {
    if (!hasAgenda || hasKeyword(text, agendaPartKeywords[part])) return null;
    return { id: `agenda-${part}`, severity, message: t(key) };
  },
}));
