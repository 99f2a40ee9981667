import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { parseMeetingTime } from '../meeting/meeting-time.ts';
import type { Paper } from '../plan/print-scale.ts';
import { type PrintMessageKey, printMessages } from '../print/print-messages.ts';
import type { GroupSplit, ScriptPoster, ScriptRow, WorkshopScript } from '../print/workshop-script.ts';
import type { RunningOrder, RunningOrderEntry } from '../sessions/running-order.ts';
import { type SessionMessageKey, sessionMessages } from '../sessions/session-messages.ts';
import type { CliMessage } from './cli-messages.ts';

/** What the command line adds around a timed session: the date, the network and the theme. */
export interface SessionContext {
  /** ISO date-time with offset, when the session has a date. */
  start?: string;
  network?: string;
  theme?: string;
  /** The paper each template block's poster prints on, by block id, and how many copies to print. */
  posters: ReadonlyMap<string, { paper: Paper; copies: number }>;
}

const dateLocales: Readonly<Record<Locale, string>> = { da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };

/** `09:40`, or the time since the start (`0:40`, as the board's agenda frame shows it) when there is no clock. */
export function entryStart(entry: RunningOrderEntry): string {
  return entry.clock ?? elapsed(entry.startMinute);
}

export function entryEnd(entry: RunningOrderEntry): string {
  return entry.endClock ?? elapsed(entry.endMinute);
}

function elapsed(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
}

/** How people work in a block: in groups from the timing's split, alone with a copy each, or all together. */
export function workingForm(entry: RunningOrderEntry, participants: number): GroupSplit {
  if (entry.groups > 1)
    return {
      kind: 'groups',
      groups: entry.groups,
      minSize: entry.groupSize.min,
      maxSize: entry.groupSize.max,
    };
  if (entry.copies > 1 && entry.copies >= participants) return { kind: 'individual' };
  if (entry.copies > 1)
    return {
      kind: 'groups',
      groups: entry.copies,
      minSize: Math.floor(participants / entry.copies),
      maxSize: Math.ceil(participants / entry.copies),
    };
  return { kind: 'plenary' };
}

/** The poster line of a block's materials: which paper, and how many copies to print. */
export function posterLine(print: Translate<PrintMessageKey>, poster: { paper: Paper; copies: number }) {
  return poster.copies > 1
    ? print('posterCopies', { paper: poster.paper, count: poster.copies })
    : print('poster', { paper: poster.paper });
}

/** Lines under the title: the date and clock, length and group, then the network and theme. */
export function sessionHeadline(
  order: RunningOrder,
  context: SessionContext,
  t: Translate<CliMessage>,
): string[] {
  const ts = createTranslator(sessionMessages, order.locale);
  const first = order.entries[0];
  const last = order.entries.at(-1);
  const total = ts('sessionTotal', {
    minutes: order.totalMinutes,
    start: order.clock ?? (first ? entryStart(first) : '0:00'),
    end: order.endClock ?? (last ? entryEnd(last) : '0:00'),
    participants: order.participants,
  });
  const date = context.start === undefined ? undefined : longDate(context.start, order.locale);
  const about = [
    ...(context.network ? [t('sessionNetwork', { name: context.network })] : []),
    ...(context.theme ? [t('sessionTheme', { theme: context.theme })] : []),
  ];
  return [date ? `${date} · ${total}` : total, ...(about.length > 0 ? [about.join(' · ')] : [])];
}

/** The facilitator's PDF content: the running order as the script's rows, then the block posters. */
export function sessionScript(
  order: RunningOrder,
  context: SessionContext,
  posters: readonly ScriptPoster[],
  t: Translate<CliMessage>,
  createdAt: Date,
): WorkshopScript {
  const print = createTranslator(printMessages, order.locale);
  const ts = createTranslator(sessionMessages, order.locale);
  const [headline, ...rest] = sessionHeadline(order, context, t);
  const rows: ScriptRow[] = order.entries.map((entry) => {
    const poster = context.posters.get(entry.blockId);
    return {
      start: entryStart(entry),
      minutes: entry.minutes,
      title: entry.title,
      // The facilitator's notes, then what "done" looks like.
      notes: [...entry.notes, ...(entry.output ? [ts('outputLine', { output: entry.output })] : [])],
      materials: [...entry.materials, ...(poster ? [posterLine(print, poster)] : [])],
      groups: workingForm(entry, order.participants),
    };
  });
  return {
    locale: order.locale,
    title: order.title,
    ...(headline ? { subtitle: headline } : {}),
    lead: [...rest, order.summary, ...order.warnings, order.about],
    ...(order.beforehand.length > 0
      ? { beforehand: { title: ts('beforehandTitle' satisfies SessionMessageKey), items: order.beforehand } }
      : {}),
    rows,
    checklist: { title: ts('checklistTitle'), items: checklistOf(order, context, print) },
    posters,
    createdAt,
  };
}

/** "Tuesday 1 December 2026" in the session's language, for the date written in `start` (its own offset). */
function longDate(start: string, locale: Locale): string | undefined {
  const time = parseMeetingTime(start);
  if (!time) return undefined;
  const local = new Date(time.epochMs + time.offsetMinutes * 60_000);
  const date = new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(
    local,
  );
  // Danish and Swedish write weekdays in lower case; the line starts with one.
  return date.charAt(0).toUpperCase() + date.slice(1);
}

/**
 * What to print and bring: each block's poster with its copies (one per group when groups do the
 * whole task), then every material once, in running order.
 */
function checklistOf(
  order: RunningOrder,
  context: SessionContext,
  print: Translate<PrintMessageKey>,
): string[] {
  const posters = order.entries.flatMap((entry) => {
    const poster = context.posters.get(entry.blockId);
    return poster ? [`${posterLine(print, poster)}: ${entry.title}`] : [];
  });
  const materials = [...new Set(order.entries.flatMap((entry) => entry.materials))];
  return [...posters, ...materials];
}
