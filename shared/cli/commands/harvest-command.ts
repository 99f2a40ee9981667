import { harvestSnapshot } from '../../harvest/harvest-snapshot.ts';
import { renderHarvestCsv } from '../../harvest/render-harvest-csv.ts';
import { renderHarvestJson } from '../../harvest/render-harvest-json.ts';
import { renderHarvestMarkdown } from '../../harvest/render-harvest-markdown.ts';
import { type Command, InputError } from '../cli-command.ts';
import { choiceOption, readJsonFile, requirePositional } from '../cli-input.ts';

export const harvestCommand: Command = {
  name: 'harvest',
  synopsis: 'harvest <snapshot.json> [--format md|csv|json]',
  help: 'helpHarvest',
  spec: { values: ['format'], flags: [], maxPositionals: 1 },
  async run(ctx) {
    const file = requirePositional(ctx, 0, '<snapshot.json>');
    const format = choiceOption(ctx, 'format', ['md', 'csv', 'json'], 'md');
    const outcome = harvestSnapshot(await readJsonFile(ctx, file));
    if (!outcome.ok)
      throw new InputError(ctx.t('invalidFile', { file }), [
        `${outcome.error.path}: ${outcome.error.message}`,
      ]);
    const render = { md: renderHarvestMarkdown, csv: renderHarvestCsv, json: renderHarvestJson }[format];
    ctx.io.stdout(render(outcome.result, ctx.locale));
    return 0;
  },
};
