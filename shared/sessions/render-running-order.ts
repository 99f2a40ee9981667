import { createTranslator } from '../i18n/define-messages.ts';
import { meetingMessages } from '../meeting/meeting-messages.ts';
import { entryTitle, renderFullRunningOrder } from './render-full-running-order.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import { runningOrderMessages } from './running-order-messages.ts';

/**
 * A running order for a calendar description: a heading line naming the session, then one
 * `HH:MM–HH:MM  Title` line per block (`0–10 minutes  Title` without a start), as the agenda is
 * written, so the card's "replace what we inserted before" finds and replaces it whole.
 */
export function renderRunningOrderText(order: RunningOrder): string {
  const words = createTranslator(runningOrderMessages, order.locale);
  const lines = order.entries.map((entry) => `${span(entry, order)}  ${entryTitle(entry, order.locale)}`);
  return [`${words('runningOrder')}: ${order.title}`, ...lines].join('\n');
}

/** The facilitator's running order as Markdown, to paste into an e-mail or notes (`renderFullRunningOrder`). */
export function renderRunningOrderMarkdown(order: RunningOrder): string {
  return renderFullRunningOrder(order, { format: 'markdown' });
}

function span(entry: RunningOrderEntry, order: RunningOrder): string {
  if (entry.clock !== undefined && entry.endClock !== undefined) return `${entry.clock}–${entry.endClock}`;
  const t = createTranslator(meetingMessages, order.locale);
  return t('agendaRelative', { from: entry.startMinute, to: entry.endMinute });
}
