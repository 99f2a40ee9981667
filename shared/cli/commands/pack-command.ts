import { createTranslator } from '../../i18n/define-messages.ts';
import { pickText } from '../../i18n/localized.ts';
import { createAgenda, defaultMeetingMinutes } from '../../meeting/create-agenda.ts';
import { createIcs, IcsError } from '../../meeting/create-ics.ts';
import { meetingMessages } from '../../meeting/meeting-messages.ts';
import { formatClock, formatIsoInOffset, parseMeetingTime } from '../../meeting/meeting-time.ts';
import { renderAgendaMarkdown } from '../../meeting/render-agenda.ts';
import { isTimeZone, zoneOffsetMinutes } from '../../meeting/time-zone.ts';
import { layoutLimits } from '../../plan/board-plan.ts';
import { layoutTemplate } from '../../plan/layout-template.ts';
import { defaultPaper } from '../../plan/print-scale.ts';
import { renderPlanSvg } from '../../plan/render-plan-svg.ts';
import { longDate } from '../../sessions/long-date.ts';
import { sessionMessages } from '../../sessions/session-messages.ts';
import { type Command, type CommandContext, InputError } from '../cli-command.ts';
import { choiceOption, intOption, loadCatalogue, textOption, writeOutput } from '../cli-input.ts';
import { defaultMeetingStart } from '../default-meeting-start.ts';
import { excalidrawFileText } from '../excalidraw-board-file.ts';
import { layoutOptionsFrom, layoutOrFail } from '../layout-options.ts';
import { normaliseStart } from '../normalise-start.ts';
import { UsageError } from '../parse-args.ts';
import { warnSmallText } from '../warn-small-text.ts';
import { type PackPoster, writeWorkshopPdf } from '../write-workshop-pdf.ts';

export const packCommand: Command = {
  name: 'pack',
  synopsis:
    'pack --out DIR [--paper auto|A3|A1] [--network NAME] [--theme TEXT] [--participants N] [--start 2026-12-01T09:00+01:00] [--minutes N] [--guest] [--tz Europe/Copenhagen] [--location PLACE] [--pack FILE]',
  help: 'helpPack',
  details: 'detailsPack',
  spec: {
    values: [
      'out',
      'paper',
      'network',
      'theme',
      'participants',
      'start',
      'minutes',
      'tz',
      'location',
      'pack',
    ],
    flags: ['guest'],
    maxPositionals: 0,
  },
  async run(ctx) {
    const out = ctx.args.values.out;
    if (out === undefined) throw new InputError(ctx.t('missingArgument', { arg: '--out DIR' }));
    const paperChoice = choiceOption(ctx, 'paper', ['auto', 'A3', 'A1'], 'auto');
    const catalogue = await loadCatalogue(ctx);
    const meeting = meetingFiles(ctx);
    // The printed agenda shows the same clock times and the same round as the meeting series.
    const options = {
      ...layoutOptionsFrom(ctx, meeting.start.slice(11, 16)),
      meetingMinutes: meeting.minutes,
    };
    const files: [string, string][] = [];
    const posters: PackPoster[] = [];
    for (const template of catalogue) {
      const plan = layoutOrFail(ctx, () => layoutTemplate(template, options));
      // `auto`: A3 where the smallest text is 8 pt or more, A1 (a poster) where the board is too big.
      const paper = paperChoice !== 'auto' ? paperChoice : defaultPaper(plan);
      warnSmallText(ctx, `${template.id}.svg`, plan, paper);
      posters.push({ template, plan, paper });
      files.push(
        [`${template.id}.svg`, renderPlanSvg(plan, { paper })],
        [`${template.id}.json`, `${JSON.stringify(plan, null, 2)}\n`],
        [`${template.id}.excalidraw`, excalidrawFileText(ctx, plan)],
      );
    }
    files.push(...meeting.files);
    files.push([
      'index.md',
      packIndex(
        ctx,
        catalogue.map((t, i) => [t.id, pickText(t.title, ctx.locale), posters[i]?.paper ?? '']),
      ),
    ]);
    await writeOutput(ctx, out, () => ctx.io.makeDir(out));
    for (const [name, data] of files) {
      const path = `${out}/${name}`;
      await writeOutput(ctx, path, () => ctx.io.writeFile(path, data));
    }
    await writeWorkshopPdf(ctx, `${out}/workshop.pdf`, posters, meeting.about);
    ctx.io.stderr(`${ctx.t('packWritten', { count: files.length + 1, dir: out })}\n`);
    return 0;
  },
};

/** The zone of the series: `--tz`, else the machine's, else none (times in UTC with the given offset). */
function timeZoneOf(ctx: CommandContext): string | undefined {
  const tz = ctx.args.values.tz;
  if (tz !== undefined) {
    if (!isTimeZone(tz)) throw new UsageError(ctx.t('badTimeZone', { zone: tz }));
    return tz;
  }
  const machine = ctx.io.timeZone;
  return isTimeZone(machine) ? machine : undefined;
}

function meetingFiles(ctx: CommandContext): {
  start: string;
  minutes: number;
  /** The network and the series' first meeting, as the script's subtitle says them. */
  about: string;
  files: [string, string][];
} {
  const zone = timeZoneOf(ctx);
  const offsetAt =
    zone === undefined ? ctx.io.utcOffsetMinutes : (d: Date) => zoneOffsetMinutes(d.getTime(), zone);
  const start = normaliseStart(ctx, ctx.args.values.start ?? defaultMeetingStart(ctx.io.now(), offsetAt));
  const { min, max } = layoutLimits.meetingMinutes;
  const minutes = intOption(ctx, 'minutes', min, max) ?? defaultMeetingMinutes;
  const attendees = intOption(ctx, 'participants', 1, 40) ?? 12;
  const startTime = parseMeetingTime(start);
  if (!startTime) throw new InputError(ctx.t('badStart'));
  const end = formatIsoInOffset(startTime.epochMs + minutes * 60_000, startTime.offsetMinutes);
  const network = textOption(ctx, 'network');
  const title = network ? `${ctx.t('meetingTitle')}: ${network}` : ctx.t('meetingTitle');
  const guestSpeaker = ctx.args.flags.has('guest');
  const agenda = createAgenda({ locale: ctx.locale, attendees, start, end, guestSpeaker });
  // An agenda that cannot fit the meeting is said as the calendar card says it; nothing is written.
  if (!agenda.fits)
    throw new InputError(
      createTranslator(meetingMessages, ctx.locale)('endTooShort', {
        needed: agenda.totalMinutes,
        available: minutes,
        end: formatClock(startTime.minuteOfDay + agenda.totalMinutes),
        people: attendees,
      }),
    );
  const location = textOption(ctx, 'location');
  const draft = {
    title,
    description: '',
    start,
    end,
    attendees,
    recurrence: 'FREQ=WEEKLY;INTERVAL=4;COUNT=6',
    ...(location !== undefined ? { location } : {}),
    ...(zone !== undefined ? { timeZone: zone } : {}),
  };
  let ics: string;
  try {
    // The UID names the network's meeting series, so a re-export (moved, in another language) updates it.
    const series = { kind: 'network-meetings', ...(network ? { network } : {}) };
    ics = createIcs(draft, { now: ctx.io.now(), locale: ctx.locale, agenda: true, guestSpeaker, series });
  } catch (error) {
    if (error instanceof IcsError) throw new InputError(ctx.t('icsFailed', { reason: error.message }));
    throw error;
  }
  const firstMeeting = ctx.t('packFirstMeeting', {
    date: longDate(start.slice(0, 10), ctx.locale),
    start: formatClock(startTime.minuteOfDay),
    end: formatClock(startTime.minuteOfDay + minutes),
  });
  const networkLine = network
    ? createTranslator(sessionMessages, ctx.locale)('networkLine', { name: network })
    : undefined;
  return {
    start,
    minutes,
    about: [networkLine, firstMeeting].filter((line) => line !== undefined).join(' · '),
    files: [
      ['meeting-agenda.md', `${renderAgendaMarkdown(agenda, ctx.locale).trimEnd()}\n`],
      ['network-meetings.ics', ics],
    ],
  };
}

function packIndex(ctx: CommandContext, templates: [string, string, string][]): string {
  const lines = templates.map(
    ([id, title, paper]) => `- ${title}: [${id}.svg](${id}.svg) (${paper}) · [${id}.json](${id}.json)`,
  );
  return `# ${ctx.t('packTitle')}\n\n${lines.join('\n')}\n- ${ctx.t('meetingTitle')}: [meeting-agenda.md](meeting-agenda.md) · [network-meetings.ics](network-meetings.ics)\n`;
}
