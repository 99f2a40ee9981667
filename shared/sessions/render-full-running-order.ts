import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { meetingMessages } from '../meeting/meeting-messages.ts';
import { escapeMarkdownLine } from '../text/escape-markdown.ts';
import { longDate } from './long-date.ts';
import type { RunningOrder, RunningOrderEntry } from './running-order.ts';
import { runningOrderMessages } from './running-order-messages.ts';
import { sessionMessages } from './session-messages.ts';

export type RunningOrderFormat = 'text' | 'markdown' | 'html';

export interface FullRunningOrderOptions {
  format: RunningOrderFormat;
  /** Extra material lines per block (the CLI's "Poster A3, printed after the running order"). */
  extraMaterials?: ReadonlyMap<string, readonly string[]>;
}

/** How each format writes a heading, a paragraph, a list item and emphasis, and escapes the user's text. */
interface Writer {
  escape(text: string): string;
  h(level: 1 | 2 | 3, text: string): string;
  p(text: string): string;
  em(text: string): string;
  quote(text: string): string;
  list(items: readonly string[]): string;
}

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

// One registry of formats: a new format is a new entry, not a branch in the renderer.
const writers: Readonly<Record<RunningOrderFormat, Writer>> = {
  text: {
    escape: (text) => text,
    h: (level, text) => (level === 1 ? text : level === 2 ? `${text}:` : text),
    p: (text) => text,
    em: (text) => text,
    quote: (text) => `! ${text}`,
    list: (items) => items.map((item) => `  • ${item}`).join('\n'),
  },
  markdown: {
    escape: (text) => escapeMarkdownLine(text.replace(/\s*\n\s*/g, ' ')),
    h: (level, text) => `${'#'.repeat(level)} ${text}`,
    p: (text) => text,
    em: (text) => `*${text}*`,
    quote: (text) => `> ${text}`,
    list: (items) => items.map((item) => `- ${item}`).join('\n'),
  },
  html: {
    escape: (text) => html(text),
    h: (level, text) => `<h${level}>${text}</h${level}>`,
    p: (text) => `<p>${text}</p>`,
    em: (text) => `<em>${text}</em>`,
    quote: (text) => `<p><strong>${text}</strong></p>`,
    list: (items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  },
};

/**
 * The facilitator's running order as one document, in plain text, Markdown or HTML: the headline
 * (date, times, group, network, theme), what to shorten, what to bring, then every block with its
 * times, working form, notes, what "done" looks like and materials. The `.md` file, the popup's copy
 * and the Run view's export all write it; times are the running order's own, in the event's zone.
 */
export function renderFullRunningOrder(order: RunningOrder, options: FullRunningOrderOptions): string {
  const w = writers[options.format];
  const e = w.escape;
  const words = createTranslator(runningOrderMessages, order.locale);
  const ts = createTranslator(sessionMessages, order.locale);
  const out: string[] = [w.h(1, e(order.title))];
  out.push(...runningOrderHeadline(order).map((line) => w.p(w.em(e(line)))));
  out.push(w.p(e(order.summary)));
  if (order.warnings.length > 0) out.push(...order.warnings.map((line) => w.quote(e(line))));
  if (order.beforehand.length > 0)
    out.push(w.h(2, e(ts('beforehandTitle'))), w.list(order.beforehand.map(e)));
  out.push(w.h(2, e(words('runningOrder'))));
  for (const entry of order.entries) {
    const length = words('minutes', { count: entry.minutes });
    out.push(w.h(3, `${entrySpan(entry)} · ${e(entryTitle(entry, order.locale))} (${length})`));
    const materials = [...entry.materials, ...(options.extraMaterials?.get(entry.blockId) ?? [])];
    const lines = [
      ...entry.notes,
      ...(entry.output ? [ts('outputLine', { output: entry.output })] : []),
      ...(materials.length > 0 ? [words('materials', { list: materials.join(', ') })] : []),
    ];
    if (lines.length > 0) out.push(w.list(lines.map(e)));
  }
  out.push(w.p(w.em(e(order.about))));
  const joiner = options.format === 'html' ? '\n' : '\n\n';
  return `${out.join(joiner).trimEnd()}\n`;
}

/** The lines under the title: the date and times with the group, then the network and theme. */
export function runningOrderHeadline(order: RunningOrder): string[] {
  const ts = createTranslator(sessionMessages, order.locale);
  const first = order.entries[0];
  const last = order.entries.at(-1);
  const total = ts('sessionTotal', {
    minutes: order.totalMinutes,
    start: order.clock ?? (first ? entryStart(first) : '0:00'),
    end: order.endClock ?? (last ? entryEnd(last) : '0:00'),
    participants: order.participants,
  });
  const date = order.date ? longDate(order.date, order.locale) : undefined;
  const about = [
    ...(order.network ? [ts('networkLine', { name: order.network })] : []),
    ...(order.theme ? [ts('themeLine', { theme: order.theme })] : []),
  ];
  return [date ? `${date} · ${total}` : total, ...(about.length > 0 ? [about.join(' · ')] : [])];
}

/** `09:40`, or the time since the start (`0:40`, as the board's agenda frame shows it) without a clock. */
export function entryStart(entry: RunningOrderEntry): string {
  return entry.clock ?? elapsed(entry.startMinute);
}

export function entryEnd(entry: RunningOrderEntry): string {
  return entry.endClock ?? elapsed(entry.endMinute);
}

function entrySpan(entry: RunningOrderEntry): string {
  return `${entryStart(entry)}–${entryEnd(entry)}`;
}

function elapsed(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
}

/** A block's title with its round length or group split, as the calendar line shows it. */
export function entryTitle(entry: RunningOrderEntry, locale: Locale): string {
  const title = entry.title.replace(/\s*\n\s*/g, ' ');
  if (entry.perPersonMinutes !== undefined) {
    const t = createTranslator(meetingMessages, locale);
    return `${title} (${t('agendaPerPerson', { minutes: entry.perPersonMinutes })})`;
  }
  if (entry.groups > 1) {
    const words = createTranslator(runningOrderMessages, locale);
    const size =
      entry.groupSize.min === entry.groupSize.max
        ? String(entry.groupSize.min)
        : `${entry.groupSize.min}–${entry.groupSize.max}`;
    return `${title} (${words('groups', { count: entry.groups, size })})`;
  }
  return title;
}
