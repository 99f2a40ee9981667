import { createTranslator } from '../i18n/define-messages.ts';
import { meetingMessages } from '../meeting/meeting-messages.ts';
import { printMessages } from '../print/print-messages.ts';
import { escapeMarkdownLine } from '../text/escape-markdown.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import { sessionMessages } from './session-messages.ts';

/**
 * A running order for a calendar description: a heading line naming the session, then one
 * `HH:MM–HH:MM  Title` line per block (`0–10 minutes  Title` without a start), as the agenda is
 * written, so the card's "replace what we inserted before" finds and replaces it whole.
 */
export function renderRunningOrderText(order: RunningOrder): string {
  const print = createTranslator(printMessages, order.locale);
  const lines = order.entries.map((entry) => `${span(entry, order)}  ${entryTitle(entry, order)}`);
  return [`${print('runningOrder')}: ${order.title}`, ...lines].join('\n');
}

/**
 * The same running order as Markdown to paste into an e-mail or notes: what it needs beforehand,
 * the warnings, then each block with its length, groups, notes and materials.
 */
export function renderRunningOrderMarkdown(order: RunningOrder): string {
  const print = createTranslator(printMessages, order.locale);
  const ts = createTranslator(sessionMessages, order.locale);
  const md = (text: string) => escapeMarkdownLine(text.replace(/\s*\n\s*/g, ' '));
  const out = [`## ${print('runningOrder')}: ${md(order.title)}`, '', md(order.summary), ''];
  out.push(
    `*${md(
      order.clock !== undefined && order.endClock !== undefined
        ? ts('sessionTotal', {
            minutes: order.totalMinutes,
            start: order.clock,
            end: order.endClock,
            participants: order.participants,
          })
        : print('totalMinutes', { count: order.totalMinutes }),
    )}*`,
    '',
  );
  if (order.warnings.length > 0) out.push(...order.warnings.map((line) => `> ${md(line)}`), '');
  if (order.beforehand.length > 0)
    out.push(`### ${md(ts('beforehandTitle'))}`, '', ...order.beforehand.map((line) => `- ${md(line)}`), '');
  for (const entry of order.entries) {
    const length = print('minutes', { count: entry.minutes });
    out.push(`- **${span(entry, order)}** ${md(entryTitle(entry, order))} (${length})`);
    for (const note of entry.notes) out.push(`  - ${md(note)}`);
    if (entry.materials.length > 0)
      out.push(`  - ${md(ts('materialsLine', { list: entry.materials.join(', ') }))}`);
  }
  out.push('', `*${md(order.about)}*`);
  return out.join('\n');
}

function span(entry: RunningOrderEntry, order: RunningOrder): string {
  if (entry.clock !== undefined && entry.endClock !== undefined) return `${entry.clock}–${entry.endClock}`;
  const t = createTranslator(meetingMessages, order.locale);
  return t('agendaRelative', { from: entry.startMinute, to: entry.endMinute });
}

function entryTitle(entry: RunningOrderEntry, order: RunningOrder): string {
  const title = entry.title.replace(/\s*\n\s*/g, ' ');
  if (entry.perPersonMinutes !== undefined) {
    const t = createTranslator(meetingMessages, order.locale);
    return `${title} (${t('agendaPerPerson', { minutes: entry.perPersonMinutes })})`;
  }
  if (entry.groups > 1) {
    const print = createTranslator(printMessages, order.locale);
    const size =
      entry.groupSize.min === entry.groupSize.max
        ? String(entry.groupSize.min)
        : `${entry.groupSize.min}–${entry.groupSize.max}`;
    return `${title} (${print('groups', { count: entry.groups, size })})`;
  }
  return title;
}
