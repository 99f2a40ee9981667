import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import { groupText } from '../print/draw-script-pages.ts';
import { printMessages } from '../print/print-messages.ts';
import type { RunningOrder } from '../sessions/running-order.ts';
import { sessionMessages } from '../sessions/session-messages.ts';
import type { CliMessage } from './cli-messages.ts';
import {
  entryEnd,
  entryStart,
  posterLine,
  type SessionContext,
  sessionHeadline,
  workingForm,
} from './session-script.ts';

/**
 * The running order as text a facilitator pastes or a calendar shows: Markdown for the `.md` file,
 * plain text for the calendar event's description. Times and notes are the timing's, as in the PDF.
 */
export function renderRunningOrder(
  order: RunningOrder,
  context: SessionContext,
  t: Translate<CliMessage>,
  format: 'markdown' | 'text',
): string {
  const print = createTranslator(printMessages, order.locale);
  const ts = createTranslator(sessionMessages, order.locale);
  const md = format === 'markdown';
  const out: string[] = [];
  const headline = sessionHeadline(order, context, t);
  out.push(md ? `# ${escapeMd(order.title)}` : order.title, '');
  out.push(...headline.map((line) => (md ? `**${escapeMd(line)}**  ` : line)), '');
  out.push(md ? escapeMd(order.summary) : order.summary, '');
  if (order.warnings.length > 0)
    out.push(...order.warnings.map((line) => (md ? `> ${escapeMd(line)}` : `! ${line}`)), '');
  if (order.beforehand.length > 0) {
    out.push(md ? `## ${ts('beforehandTitle')}` : `${ts('beforehandTitle')}:`, '');
    out.push(...order.beforehand.map((line) => (md ? `- ${escapeMd(line)}` : `• ${line}`)), '');
  }
  out.push(md ? `## ${print('runningOrder')}` : `${print('runningOrder')}:`, '');
  for (const entry of order.entries) {
    const when = `${entryStart(entry)}–${entryEnd(entry)}`;
    const length = print('minutes', { count: entry.minutes });
    const form = groupText(print, workingForm(entry, order.participants));
    const poster = context.posters.get(entry.blockId);
    const materials = [...entry.materials, ...(poster ? [posterLine(print, poster)] : [])];
    const lines = [
      ...entry.notes,
      ...(materials.length > 0 ? [print('materials', { list: materials.join(', ') })] : []),
    ];
    if (md) {
      out.push(`### ${when} · ${escapeMd(entry.title)} (${length})`, '', `*${form}*`, '');
      if (lines.length > 0) out.push(...lines.map((line) => `- ${escapeMd(line)}`), '');
    } else {
      out.push(`${when}  ${entry.title} (${length}, ${form})`);
      out.push(...lines.map((line) => `  • ${line}`), '');
    }
  }
  out.push(md ? `*${escapeMd(order.about)}*` : order.about);
  return `${out.join('\n').trimEnd()}\n`;
}

/** Text from a pack is the user's: characters Markdown would read as markup are escaped. */
function escapeMd(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
