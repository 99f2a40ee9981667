import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Paper } from '../plan/print-scale.ts';
import { type PrintMessageKey, printMessages } from '../print/print-messages.ts';
import type { GroupSplit, ScriptPoster, ScriptRow, WorkshopScript } from '../print/workshop-script.ts';
import { entryEnd, entryStart, runningOrderHeadline } from '../sessions/render-full-running-order.ts';
import type { RunningOrder, RunningOrderEntry } from '../sessions/running-order.ts';
import { type SessionMessageKey, sessionMessages } from '../sessions/session-messages.ts';

/** What the command line adds around a timed session: each template block's poster. */
export interface SessionContext {
  /** The paper each template block's poster prints on, by block id, and how many copies to print. */
  posters: ReadonlyMap<string, { paper: Paper; copies: number }>;
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

/** The facilitator's PDF content: the running order as the script's rows, then the block posters. */
export function sessionScript(
  order: RunningOrder,
  context: SessionContext,
  posters: readonly ScriptPoster[],
  createdAt: Date,
): WorkshopScript {
  const print = createTranslator(printMessages, order.locale);
  const ts = createTranslator(sessionMessages, order.locale);
  // The same headline and times as the running order's Markdown and HTML: one story on paper and screen.
  const [headline, ...rest] = runningOrderHeadline(order);
  const rows: ScriptRow[] = order.entries.map((entry) => {
    const poster = context.posters.get(entry.blockId);
    return {
      start: entryStart(entry),
      end: entryEnd(entry),
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
    totalMinutes: order.totalMinutes,
    checklist: { title: ts('checklistTitle'), items: checklistOf(order, context, print) },
    posters,
    createdAt,
  };
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
