import { catalogueTitle } from '../../catalogue/catalogue-title.ts';
import { boardReadingSchema } from '../../harvest/board-reading.ts';
import { harvestReading } from '../../harvest/harvest-reading.ts';
import { renderHarvestCsv } from '../../harvest/render-harvest-csv.ts';
import { renderHarvestJson } from '../../harvest/render-harvest-json.ts';
import { renderHarvestMarkdown } from '../../harvest/render-harvest-markdown.ts';
import { safeParseLocalized } from '../../i18n/safe-parse-localized.ts';
import { type Command, InputError } from '../cli-command.ts';
import { choiceOption, readJsonFile, requirePositional } from '../cli-input.ts';

const renderers = { md: renderHarvestMarkdown, csv: renderHarvestCsv, json: renderHarvestJson } as const;

export const harvestCommand: Command = {
  name: 'harvest',
  synopsis: 'harvest <reading.json> [--format md|csv|json]',
  help: 'helpHarvest',
  spec: { values: ['format'], flags: [], maxPositionals: 1 },
  async run(ctx) {
    const file = requirePositional(ctx, 0, '<reading.json>');
    const format = choiceOption(ctx, 'format', ['md', 'csv', 'json'], 'md');
    // A board reading, as the Miro panel's Harvest tab downloads it.
    const reading = await readJsonFile(ctx, file);
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
    ctx.io.stdout(renderers[format](outcome.result, ctx.locale, options));
    return 0;
  },
};
