import { createTranslator } from '../../i18n/define-messages.ts';
import { createIcs, IcsError } from '../../meeting/create-ics.ts';
import type { BoardPlan } from '../../plan/board-plan.ts';
import { LayoutError } from '../../plan/layout-template.ts';
import { defaultPaper, type Paper } from '../../plan/print-scale.ts';
import { printMessages } from '../../print/print-messages.ts';
import { renderWorkshopPdf } from '../../print/render-workshop-pdf.ts';
import type { ScriptPoster } from '../../print/workshop-script.ts';
import { layoutRunningOrder } from '../../sessions/layout-session.ts';
import { prepareSession } from '../../sessions/prepare-session.ts';
import { renderFullRunningOrder } from '../../sessions/render-full-running-order.ts';
import { renderRunningOrderText } from '../../sessions/render-running-order.ts';
import type { RunningOrder } from '../../sessions/running-order.ts';
import { runningOrderJson } from '../../sessions/running-order-json.ts';
import { SessionError } from '../../sessions/session-error.ts';
import { sessionLimits } from '../../sessions/session-schema.ts';
import type { Template } from '../../templates/template-schema.ts';
import { type Command, type CommandContext, InputError } from '../cli-command.ts';
import { choiceOption, intOption, requirePositional, textOption, writeOutput } from '../cli-input.ts';
import { excalidrawFileText } from '../excalidraw-board-file.ts';
import { loadSessions } from '../load-sessions.ts';
import { pdfFontData } from '../pdf-font-data.ts';
import { posterLine, type SessionContext, sessionScript } from '../session-script.ts';

export const sessionCommand: Command = {
  name: 'session',
  synopsis:
    'session <session-id> --out DIR [--participants N] [--minutes N] [--start 2027-03-16T09:00+01:00] [--tz Europe/Copenhagen] [--network NAME] [--theme TEXT] [--guest] [--format json] [--pack FILE]',
  help: 'helpSession',
  details: 'detailsSession',
  spec: {
    values: ['out', 'participants', 'minutes', 'start', 'tz', 'network', 'theme', 'pack', 'format'],
    flags: ['guest'],
    maxPositionals: 1,
  },
  async run(ctx) {
    const id = requirePositional(ctx, 0, '<session-id>');
    const { minutes: range } = sessionLimits;
    const minutes = intOption(ctx, 'minutes', range.min, range.max);
    const { min, max } = sessionLimits.participants;
    const participants = intOption(ctx, 'participants', min, max);
    for (const option of ['network', 'theme']) textOption(ctx, option);
    const format =
      ctx.args.values.format === undefined ? undefined : choiceOption(ctx, 'format', ['json'], 'json');
    const out = ctx.args.values.out;
    if (out === undefined && format === undefined)
      throw new InputError(ctx.t('missingArgument', { arg: '--out DIR' }));
    const catalogue = await loadSessions(ctx);
    const found = catalogue.sessions.find((entry) => entry.session.id === id)?.session;
    if (!found)
      throw new InputError(
        ctx.t('unknownSession', { id, ids: catalogue.sessions.map((entry) => entry.session.id).join(', ') }),
      );
    const { network, theme, start, tz } = ctx.args.values;
    // The one entry point: defaults (12 people, the session's length, the zone rule) are decided there.
    const prepared = timeOrFail(ctx, () =>
      prepareSession({
        session: found,
        templates: catalogue.templates,
        locale: ctx.locale,
        ...(participants === undefined ? {} : { participants }),
        ...(minutes === undefined ? {} : { minutes }),
        ...(start === undefined ? {} : { start }),
        ...(tz === undefined ? {} : { timeZone: tz }),
        ...(ctx.io.timeZone === undefined ? {} : { machineZone: ctx.io.timeZone }),
        ...(network === undefined ? {} : { network }),
        ...(theme === undefined ? {} : { theme }),
        guest: ctx.args.flags.has('guest'),
      }),
    );
    const order = prepared.order;
    // Nothing is written for a session that does not fit or a start that cannot be read: one line, why.
    const refusal = prepared.problems.find((problem) => problem.severity === 'error');
    if (!order || refusal) throw new InputError(refusal?.message ?? ctx.t('sessionFailed', { reason: id }));
    for (const problem of prepared.problems) ctx.io.stderr(`${problem.message}\n`);
    if (format === 'json') {
      ctx.io.stdout(`${JSON.stringify(runningOrderJson(order), null, 2)}\n`);
      return 0;
    }
    const plan = timeOrFail(ctx, () =>
      layoutRunningOrder(found, order, layoutOptions(ctx, order, catalogue.templates)),
    );
    const posters = blockPosters(order, plan);
    const print = createTranslator(printMessages, ctx.locale);
    const context: SessionContext = {
      posters: new Map(posters.map((p) => [p.blockId, { paper: p.paper, copies: p.copies }])),
    };
    const extraMaterials = new Map(posters.map((p) => [p.blockId, [posterLine(print, p)]]));
    const pdf = await renderWorkshopPdf(sessionScript(order, context, posters, ctx.io.now()), {
      fonts: pdfFontData(),
    });
    const files: [string, string | Uint8Array][] = [
      [`${found.id}.pdf`, pdf],
      [`${found.id}.md`, renderFullRunningOrder(order, { format: 'markdown', extraMaterials })],
    ];
    if (order.startIso !== undefined) files.push([`${found.id}.ics`, sessionIcs(ctx, order)]);
    // The same board as an Excalidraw / Nextcloud Whiteboard file, remembering how it was timed.
    const record = {
      sessionId: found.id,
      participants: order.participants,
      ...(minutes === undefined ? {} : { minutes }),
      ...(order.clock ? { start: order.clock } : {}),
    };
    files.push([`${found.id}.excalidraw`, excalidrawFileText(ctx, plan, record)]);
    const dir = out ?? '.';
    await writeOutput(ctx, dir, () => ctx.io.makeDir(dir));
    for (const [name, data] of files) {
      const path = `${dir}/${name}`;
      await writeOutput(ctx, path, () => ctx.io.writeFile(path, data));
    }
    ctx.io.stderr(`${ctx.t('packWritten', { count: files.length, dir })}\n`);
    return 0;
  },
};

/** Timing and layout errors are about the options or the pack: one line for the user, never a stack trace. */
function timeOrFail<T>(ctx: CommandContext, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SessionError || error instanceof LayoutError)
      throw new InputError(ctx.t('sessionFailed', { reason: error.message }));
    throw error;
  }
}

function layoutOptions(ctx: CommandContext, order: RunningOrder, templates: readonly Template[]) {
  return {
    locale: ctx.locale,
    templates,
    ...(order.network !== undefined ? { network: order.network } : {}),
    ...(order.theme !== undefined ? { theme: order.theme } : {}),
    // The running order's own clock, in the event's zone.
    ...(order.clock !== undefined ? { startTime: order.clock } : {}),
  };
}

interface BlockPoster extends ScriptPoster {
  blockId: string;
  copies: number;
}

/**
 * One poster per template block: its frame cut out of the session's board plan (so paper shows what
 * the board shows, titled with the block's times). Copies of an individual exercise print from the first.
 */
function blockPosters(order: RunningOrder, plan: BoardPlan): BlockPoster[] {
  const posters: BlockPoster[] = [];
  for (const entry of order.entries) {
    if (entry.kind !== 'template') continue;
    const frame = plan.items.find(
      (item) => item.kind === 'frame' && item.meta.blockId === entry.blockId && (item.meta.copy ?? 1) === 1,
    );
    if (!frame) continue;
    const items = [frame, ...plan.items.filter((item) => item.parentId === frame.id)];
    const ids = new Set(items.map((item) => item.id));
    const poster: BoardPlan = {
      ...plan,
      ...(entry.templateId ? { templateId: entry.templateId } : {}),
      title: entry.title,
      items,
      connectors: plan.connectors.filter((c) => ids.has(c.fromId) && ids.has(c.toId)),
    };
    // A3 where the smallest text stays legible printed, an A1 poster where the board is too big.
    const paper: Paper = defaultPaper(poster);
    posters.push({ blockId: entry.blockId, plan: poster, paper, copies: entry.copies });
  }
  return posters;
}

/**
 * The session as ONE calendar event (a workshop never repeats): from its start to its end in the
 * event's zone, the running order as the invitation shows it (titles and times, what to bring) as its
 * description, the same text the calendar card inserts for the same session.
 */
function sessionIcs(ctx: CommandContext, order: RunningOrder): string {
  if (order.startIso === undefined || order.endIso === undefined) throw new InputError(ctx.t('badStart'));
  try {
    return createIcs(
      {
        title: order.network ? `${order.title} – ${order.network}` : order.title,
        description: renderRunningOrderText(order),
        start: order.startIso,
        end: order.endIso,
        attendees: order.participants,
        ...(order.timeZone ? { timeZone: order.timeZone } : {}),
      },
      { now: ctx.io.now(), locale: ctx.locale },
    );
  } catch (error) {
    if (error instanceof IcsError) throw new InputError(ctx.t('icsFailed', { reason: error.message }));
    throw error;
  }
}
