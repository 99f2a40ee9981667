import { pickText } from '../../i18n/localized.ts';
import { createAgenda } from '../../meeting/create-agenda.ts';
import { createIcs } from '../../meeting/create-ics.ts';
import { renderAgendaMarkdown } from '../../meeting/render-agenda.ts';
import { layoutTemplate } from '../../plan/layout-template.ts';
import { printScale } from '../../plan/print-scale.ts';
import { renderPlanSvg } from '../../plan/render-plan-svg.ts';
import { type Command, type CommandContext, InputError } from '../cli-command.ts';
import { choiceOption, intOption, loadCatalogue } from '../cli-input.ts';
import { addMinutesKeepingOffset, defaultMeetingStart } from '../default-meeting-start.ts';
import { layoutOptionsFrom, layoutOrFail } from '../layout-options.ts';
import { type PackPoster, writeWorkshopPdf } from '../write-workshop-pdf.ts';

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

export const packCommand: Command = {
  name: 'pack',
  synopsis:
    'pack --out DIR [--paper auto|A3|A1] [--network NAME] [--theme TEXT] [--participants N] [--start 2026-12-01T09:00+01:00] [--minutes N] [--location PLACE] [--pack FILE]',
  help: 'helpPack',
  spec: {
    values: ['out', 'paper', 'network', 'theme', 'participants', 'start', 'minutes', 'location', 'pack'],
    flags: [],
    maxPositionals: 0,
  },
  async run(ctx) {
    const out = ctx.args.values.out;
    if (out === undefined) throw new InputError(ctx.t('missingArgument', { arg: '--out DIR' }));
    const paperChoice = choiceOption(ctx, 'paper', ['auto', 'A3', 'A1'], 'auto');
    const catalogue = await loadCatalogue(ctx);
    const meeting = meetingFiles(ctx);
    // The printed agenda shows the same clock times as the meeting series.
    const options = layoutOptionsFrom(ctx, meeting.start.slice(11, 16));
    const files: [string, string][] = [];
    const posters: PackPoster[] = [];
    for (const template of catalogue) {
      const plan = layoutOrFail(ctx, () => layoutTemplate(template, options));
      // `auto`: A3 where the smallest text stays legible printed, A1 (a poster) where the board is too big.
      const paper = paperChoice !== 'auto' ? paperChoice : printScale(plan, 'A3').legible ? 'A3' : 'A1';
      posters.push({ template, plan, paper });
      files.push(
        [`${template.id}.svg`, renderPlanSvg(plan, { paper })],
        [`${template.id}.json`, `${JSON.stringify(plan, null, 2)}\n`],
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
    await ctx.io.makeDir(out);
    for (const [name, data] of files) await ctx.io.writeFile(`${out}/${name}`, data);
    await writeWorkshopPdf(ctx, `${out}/workshop.pdf`, posters);
    ctx.io.stderr(`${ctx.t('packWritten', { count: files.length + 1, dir: out })}\n`);
    return 0;
  },
};

function meetingFiles(ctx: CommandContext): { start: string; files: [string, string][] } {
  const start = ctx.args.values.start ?? defaultMeetingStart(ctx.io.now(), ctx.io.utcOffsetMinutes);
  if (!isoWithOffset.test(start) || Number.isNaN(Date.parse(start))) throw new InputError(ctx.t('badStart'));
  const minutes = intOption(ctx, 'minutes', 15, 480) ?? 120;
  const attendees = intOption(ctx, 'participants', 1, 40) ?? 12;
  const end = addMinutesKeepingOffset(start, minutes);
  const network = ctx.args.values.network;
  const title = network ? `${ctx.t('meetingTitle')}: ${network}` : ctx.t('meetingTitle');
  const agenda = createAgenda({ locale: ctx.locale, attendees, start, end });
  const location = ctx.args.values.location;
  const draft = {
    title,
    description: '',
    start,
    end,
    attendees,
    recurrence: 'FREQ=WEEKLY;INTERVAL=4;COUNT=6',
    ...(location !== undefined ? { location } : {}),
  };
  let ics: string;
  try {
    ics = createIcs(draft, {
      uid: `netverk-${Date.parse(start)}@netverk.local`,
      now: ctx.io.now(),
      locale: ctx.locale,
      agenda: true,
    });
  } catch (error) {
    throw new InputError(ctx.t('icsFailed', { reason: (error as Error).message }));
  }
  return {
    start,
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
