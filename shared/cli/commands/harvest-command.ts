import { catalogueTitle } from '../../catalogue/catalogue-title.ts';
import { assessDots } from '../../harvest/assess-dots.ts';
import { boardReadingSchema } from '../../harvest/board-reading.ts';
import { harvestReading } from '../../harvest/harvest-reading.ts';
import type { HarvestResult } from '../../harvest/harvest-result.ts';
import { renderDotChartsSvg } from '../../harvest/render-dot-chart-svg.ts';
import { renderHarvestCsv } from '../../harvest/render-harvest-csv.ts';
import { renderHarvestJson } from '../../harvest/render-harvest-json.ts';
import { renderHarvestMarkdown } from '../../harvest/render-harvest-markdown.ts';
import { renderHarvestMinutes } from '../../harvest/render-harvest-minutes.ts';
import type { Locale } from '../../i18n/locale.ts';
import { safeParseLocalized } from '../../i18n/safe-parse-localized.ts';
import { type Command, InputError } from '../cli-command.ts';
import { choiceOption, readJsonFile, requirePositional, writeOutput } from '../cli-input.ts';
import { boardReadingOf } from '../excalidraw-board-file.ts';

const renderers = {
  md: renderHarvestMarkdown,
  csv: renderHarvestCsv,
  json: renderHarvestJson,
  minutes: renderHarvestMinutes,
  // The dot votes as a bar chart, the same the Harvest tab writes beside the minutes.
  svg: (result: HarvestResult, locale: Locale, _options?: object) =>
    renderDotChartsSvg(assessDots(result), locale),
} as const;

export const harvestCommand: Command = {
  name: 'harvest',
  synopsis:
    'harvest <reading.json|board.excalidraw|board.whiteboard> [--format md|csv|json|minutes|svg] [--out FILE]',
  help: 'helpHarvest',
  spec: { values: ['format', 'out'], flags: [], maxPositionals: 1 },
  async run(ctx) {
    const file = requirePositional(ctx, 0, '<reading.json>');
    const format = choiceOption(ctx, 'format', ['md', 'csv', 'json', 'minutes', 'svg'], 'md');
    // A board reading, as the Miro panel's Harvest tab downloads it, or an Excalidraw/Nextcloud drawing.
    const reading = boardReadingOf(ctx, file, await readJsonFile(ctx, file));
    // The envelope is checked here first so its errors speak the user's language; items are restored tolerantly.
    const envelope = safeParseLocalized(boardReadingSchema, reading, ctx.locale);
    if (!envelope.ok)
      throw new InputError(
        ctx.t('invalidFile', { file }),
        envelope.errors.map((e) => `${e.path}: ${e.message}`),
      );
    const outcome = harvestReading(reading);
    if (!outcome.ok)
      throw new InputError(ctx.t('invalidFile', { file }), [
        `${outcome.error.path}: ${outcome.error.message}`,
      ]);
    const options = { templateTitle: catalogueTitle(ctx.locale) };
    const text = renderers[format](outcome.result, ctx.locale, options);
    const out = ctx.args.values.out;
    if (out === undefined) ctx.io.stdout(text);
    // A file is UTF-8 whatever the shell's encoding (PowerShell 5 redirects as UTF-16).
    else await writeOutput(ctx, out, () => ctx.io.writeFile(out, text));
    return 0;
  },
};
