import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Agenda, AgendaItem } from './create-agenda.ts';
import { meetingMessages } from './meeting-messages.ts';
import { formatClock } from './meeting-time.ts';

/**
 * Plain text for a calendar description: a heading line, then `HH:MM–HH:MM  Title` lines
 * (or `0–5 min  Title` when the agenda has no start time).
 */
export function renderAgendaText(agenda: Agenda, locale: Locale): string {
  const t = createTranslator(meetingMessages, locale);
  const lines = agenda.items.map(
    (item) => `${renderSpan(item, locale)}  ${renderTitle(item, agenda, locale)}`,
  );
  return [t('agendaHeading'), ...lines].join('\n');
}

/** The same agenda as a Markdown list with each item's prompt, for notes and exports. */
export function renderAgendaMarkdown(agenda: Agenda, locale: Locale): string {
  const t = createTranslator(meetingMessages, locale);
  const lines = agenda.items.map(
    (item) => `- **${renderSpan(item, locale)}** ${renderTitle(item, agenda, locale)}: ${item.prompt}`,
  );
  return [`## ${t('agendaHeading')}`, '', ...lines].join('\n');
}

function renderSpan(item: AgendaItem, locale: Locale): string {
  if (item.clock !== undefined) {
    const [hours = 0, minutes = 0] = item.clock.split(':').map(Number);
    return `${item.clock}–${formatClock(hours * 60 + minutes + item.minutes)}`;
  }
  const t = createTranslator(meetingMessages, locale);
  return t('agendaRelative', { from: item.startMinute, to: item.startMinute + item.minutes });
}

function renderTitle(item: AgendaItem, agenda: Agenda, locale: Locale): string {
  if (item.id !== 'presentation-round') return item.title;
  const t = createTranslator(meetingMessages, locale);
  return `${item.title} (${t('agendaPerPerson', { minutes: agenda.perPersonMinutes })})`;
}
