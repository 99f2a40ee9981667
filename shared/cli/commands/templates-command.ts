import { pickText } from '../../i18n/localized.ts';
import type { Command } from '../cli-command.ts';
import { choiceOption, loadCatalogue } from '../cli-input.ts';

export const templatesCommand: Command = {
  name: 'templates',
  synopsis: 'templates [--format text|json] [--pack FILE]',
  help: 'helpTemplates',
  spec: { values: ['format', 'pack'], flags: [], maxPositionals: 0 },
  async run(ctx) {
    const format = choiceOption(ctx, 'format', ['text', 'json'], 'text');
    const catalogue = await loadCatalogue(ctx);
    const rows = catalogue.map((t) => ({
      id: t.id,
      title: pickText(t.title, ctx.locale),
      summary: pickText(t.summary, ctx.locale),
      ...(t.timing ? { minutes: t.timing.minutes } : {}),
      ...(t.timing?.parts ? { parts: t.timing.parts } : {}),
    }));
    if (format === 'json') ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      const width = Math.max(...rows.map((r) => r.id.length));
      ctx.io.stdout(rows.map((r) => `${r.id.padEnd(width)}  ${r.title} — ${r.summary}\n`).join(''));
    }
    return 0;
  },
};
