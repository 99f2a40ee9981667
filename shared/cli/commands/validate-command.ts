import { restoreTemplatePack } from '../../packs/restore-template-pack.ts';
import { type Command, InputError } from '../cli-command.ts';
import { readJsonFile, requirePositional } from '../cli-input.ts';

export const validateCommand: Command = {
  name: 'validate',
  synopsis: 'validate <template.json>',
  help: 'helpValidate',
  spec: { values: [], flags: [], maxPositionals: 1 },
  async run(ctx) {
    const file = requirePositional(ctx, 0, '<template.json>');
    const outcome = restoreTemplatePack(await readJsonFile(ctx, file), ctx.locale);
    if (!outcome.ok)
      throw new InputError(
        ctx.t('invalidFile', { file }),
        outcome.errors.map((e) => `${e.path}: ${e.message}`),
      );
    const ids = outcome.pack.templates.map((t) => t.id);
    ctx.io.stdout(`${ctx.t('valid', { file, count: ids.length, ids: ids.join(', ') })}\n`);
    return 0;
  },
};
