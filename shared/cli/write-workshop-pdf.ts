import { createTranslator } from '../i18n/define-messages.ts';
import { pickText } from '../i18n/localized.ts';
import type { BoardPlan } from '../plan/board-plan.ts';
import type { Paper } from '../plan/print-scale.ts';
import { printMessages } from '../print/print-messages.ts';
import { renderWorkshopPdf } from '../print/render-workshop-pdf.ts';
import type { ScriptRow } from '../print/workshop-script.ts';
import type { Template } from '../templates/template-schema.ts';
import type { CommandContext } from './cli-command.ts';
import { writeOutput } from './cli-input.ts';
import { pdfFontData } from './pdf-font-data.ts';

/** One template of the pack, as laid out and as it prints. */
export interface PackPoster {
  template: Template;
  plan: BoardPlan;
  paper: Paper;
}

/**
 * Writes `workshop.pdf`: the templates in pack order with their length, summary and instructions
 * on A4, then each template's poster at its paper size. A pack is separate templates, not a running
 * order: no clock times, no working form and no total, only the columns its rows fill.
 */
export async function writeWorkshopPdf(
  ctx: CommandContext,
  path: string,
  posters: readonly PackPoster[],
  /** The network and the series' first meeting, under the title. */
  subtitle?: string,
) {
  const print = createTranslator(printMessages, ctx.locale);
  const rows: ScriptRow[] = posters.map(({ template, paper }) => ({
    title: pickText(template.title, ctx.locale),
    ...(template.timing ? { minutes: template.timing.minutes } : {}),
    notes: [
      pickText(template.summary, ctx.locale),
      ...template.instructions.map((i) => pickText(i, ctx.locale)),
    ],
    materials: [print('poster', { paper })],
  }));
  const bytes = await renderWorkshopPdf(
    {
      locale: ctx.locale,
      title: ctx.t('packTitle'),
      ...(subtitle ? { subtitle } : {}),
      lead: [ctx.t('packLead')],
      heading: ctx.t('packTemplates'),
      rows,
      posters: posters.map(({ plan, paper }) => ({ plan, paper })),
      createdAt: ctx.io.now(),
    },
    { fonts: pdfFontData() },
  );
  await writeOutput(ctx, path, () => ctx.io.writeFile(path, bytes));
}
