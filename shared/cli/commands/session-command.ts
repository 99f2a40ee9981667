import { createIcs, IcsError } from '../../meeting/create-ics.ts';
import { formatIsoInOffset, parseMeetingTime } from '../../meeting/meeting-time.ts';
import type { BoardPlan } from '../../plan/board-plan.ts';
import { layoutRunningOrder } from '../../plan/layout-session.ts';
import { LayoutError } from '../../plan/layout-template.ts';
import { defaultPaper, type Paper } from '../../plan/print-scale.ts';
import { maxOptionTextLength } from '../../plan/resolve-layout-options.ts';
import { renderWorkshopPdf } from '../../print/render-workshop-pdf.ts';
import type { ScriptPoster } from '../../print/workshop-script.ts';
import type { RunningOrder } from '../../sessions/running-order.ts';
import { SessionError } from '../../sessions/session-error.ts';
import { sessionLimits } from '../../sessions/session-schema.ts';
import { timeSession } from '../../sessions/time-session.ts';
import type { Template } from '../../templates/template-schema.ts';
import { type Command, type CommandContext, InputError } from '../cli-command.ts';
import { intOption, requirePositional, writeOutput } from '../cli-input.ts';
import { excalidrawFileText } from '../excalidraw-board-file.ts';
import { loadSessions } from '../load-sessions.ts';
import { normaliseStart } from '../normalise-start.ts';
import { pdfFontData } from '../pdf-font-data.ts';
import { renderRunningOrder } from '../render-running-order.ts';
import { type SessionContext, sessionScript } from '../session-script.ts';

/** The group a session is timed for when `--participants` is not given: a usual network, within the session's range. */
const defaultParticipants = 12;

export const sessionCommand: Command = {
  name: 'session',
  synopsis:
    'session <session-id> --out DIR [--participants N] [--minutes N] [--start 2026-12-01T09:00+01:00] [--network NAME] [--theme TEXT] [--pack FILE]',
  help: 'helpSession',
  details: 'detailsSession',
  spec: {
    values: ['out', 'participants', 'minutes', 'start', 'network', 'theme', 'pack'],
    flags: [],
    maxPositionals: 1,
  },
  async run(ctx) {
    const id = requirePositional(ctx, 0, '<session-id>');
    const { minutes: range } = sessionLimits;
    const minutes = intOption(ctx, 'minutes', range.min, range.max);
    const { min, max } = sessionLimits.participants;
    const participantsGiven = intOption(ctx, 'participants', min, max);
    const start =
      ctx.args.values.start === undefined ? undefined : normaliseStart(ctx, ctx.args.values.start);
    for (const option of ['network', 'theme']) checkText(ctx, option);
    const out = ctx.args.values.out;
    if (out === undefined) throw new InputError(ctx.t('missingArgument', { arg: '--out DIR' }));
    const catalogue = await loadSessions(ctx);
    const found = catalogue.sessions.find((entry) => entry.session.id === id)?.session;
    if (!found)
      throw new InputError(
        ctx.t('unknownSession', { id, ids: catalogue.sessions.map((entry) => entry.session.id).join(', ') }),
      );
    const participants = participantsGiven ?? clamp(defaultParticipants, found.participants);
    const order = timeOrFail(ctx, () =>
      timeSession(found, {
        locale: ctx.locale,
        participants,
        ...(minutes === undefined ? {} : { minutes }),
        ...(start === undefined ? {} : { start }),
        templates: catalogue.templates,
      }),
    );
    // The core names the block to shorten, in the user's language: nothing is written for a session that does not fit.
    if (!order.fits) throw new InputError(order.warnings[0] ?? ctx.t('sessionFailed', { reason: id }));
    if (participants < found.participants.min || participants > found.participants.max)
      ctx.io.stderr(
        `${ctx.t('participantsOutside', { title: order.title, min: found.participants.min, max: found.participants.max, count: participants })}\n`,
      );
    const plan = timeOrFail(ctx, () =>
      layoutRunningOrder(found, order, layoutOptions(ctx, start, catalogue.templates)),
    );
    const posters = blockPosters(order, plan);
    // Blank text counts as not given, as on the board.
    const network = ctx.args.values.network?.trim();
    const theme = ctx.args.values.theme?.trim();
    const context: SessionContext = {
      ...(start === undefined ? {} : { start }),
      ...(network ? { network } : {}),
      ...(theme ? { theme } : {}),
      posters: new Map(posters.map((p) => [p.blockId, { paper: p.paper, copies: p.copies }])),
    };
    const pdf = await renderWorkshopPdf(sessionScript(order, context, posters, ctx.t, ctx.io.now()), {
      fonts: pdfFontData(),
    });
    const files: [string, string | Uint8Array][] = [
      [`${found.id}.pdf`, pdf],
      [`${found.id}.md`, renderRunningOrder(order, context, ctx.t, 'markdown')],
    ];
    if (start !== undefined) files.push([`${found.id}.ics`, sessionIcs(ctx, order, context, start)]);
    const record = { sessionId: found.id, participants, ...(minutes === undefined ? {} : { minutes }) };
    files.push([
      `${found.id}.excalidraw`,
      excalidrawFileText(ctx, plan, { ...record, ...(start ? { start: start.slice(11, 16) } : {}) }),
    ]);
    await writeOutput(ctx, out, () => ctx.io.makeDir(out));
    for (const [name, data] of files) {
      const path = `${out}/${name}`;
      await writeOutput(ctx, path, () => ctx.io.writeFile(path, data));
    }
    ctx.io.stderr(`${ctx.t('packWritten', { count: files.length, dir: out })}\n`);
    return 0;
  },
};

/** The board shows the network's name and the theme; longer text than it takes is refused before any work. */
function checkText(ctx: CommandContext, option: string): void {
  // UTF-16 units, as the layout counts them.
  const length = (ctx.args.values[option] ?? '').length;
  if (length > maxOptionTextLength)
    throw new InputError(ctx.t('textTooLong', { option, max: maxOptionTextLength, length }));
}

function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}

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

function layoutOptions(ctx: CommandContext, start: string | undefined, templates: readonly Template[]) {
  const { network, theme } = ctx.args.values;
  return {
    locale: ctx.locale,
    templates,
    ...(network !== undefined ? { network } : {}),
    ...(theme !== undefined ? { theme } : {}),
    // The clock of the local time written in --start, as the running order's.
    ...(start !== undefined ? { startTime: start.slice(11, 16) } : {}),
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

/** The session as one calendar event: from the start for the session's length, the running order as its description. */
function sessionIcs(
  ctx: CommandContext,
  order: RunningOrder,
  context: SessionContext,
  start: string,
): string {
  const time = parseMeetingTime(start);
  if (!time) throw new InputError(ctx.t('badStart'));
  const length = order.totalMinutes + order.spareMinutes;
  const network = context.network;
  try {
    return createIcs(
      {
        title: network ? `${order.title} – ${network}` : order.title,
        description: renderRunningOrder(order, context, ctx.t, 'text'),
        start,
        end: formatIsoInOffset(time.epochMs + length * 60_000, time.offsetMinutes),
        attendees: order.participants,
      },
      { now: ctx.io.now(), locale: ctx.locale },
    );
  } catch (error) {
    if (error instanceof IcsError) throw new InputError(ctx.t('icsFailed', { reason: error.message }));
    throw error;
  }
}
