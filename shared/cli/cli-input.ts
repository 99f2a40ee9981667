import { builtInTemplates, findTemplate } from '../templates/catalogue/built-in-templates.ts';
import { restoreTemplatePack } from '../templates/restore-template-pack.ts';
import type { Template } from '../templates/template-schema.ts';
import { type CommandContext, InputError } from './cli-command.ts';
import { UsageError } from './parse-args.ts';

/** Reads and parses a JSON file; unreadable or malformed files are input errors in the user's language. */
export async function readJsonFile(ctx: CommandContext, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await ctx.io.readFile(file);
  } catch (error) {
    throw new InputError(ctx.t('cannotRead', { file, reason: (error as Error).message }));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(ctx.t('notJson', { file, reason: (error as Error).message }));
  }
}

export function requirePositional(ctx: CommandContext, index: number, name: string): string {
  const value = ctx.args.positionals[index];
  if (value === undefined) throw new UsageError(ctx.t('missingArgument', { arg: name }));
  return value;
}

export function choiceOption<const C extends string>(
  ctx: CommandContext,
  option: string,
  choices: readonly C[],
  fallback: C,
): C {
  const value = ctx.args.values[option];
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(ctx.t('badChoice', { option, value, choices: choices.join(', ') }));
}

export function intOption(ctx: CommandContext, option: string, min: number, max: number): number | undefined {
  const value = ctx.args.values[option];
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new UsageError(ctx.t('badNumber', { option, min, max }));
  return number;
}

/** The built-in catalogue, with an organisation's pack (`--pack FILE`) on top: a pack template replaces a built-in of the same id. */
export async function loadCatalogue(ctx: CommandContext): Promise<readonly Template[]> {
  const file = ctx.args.values.pack;
  if (file === undefined) return builtInTemplates;
  const outcome = restoreTemplatePack(await readJsonFile(ctx, file), ctx.locale);
  if (!outcome.ok)
    throw new InputError(
      ctx.t('invalidFile', { file }),
      outcome.errors.map((e) => `${e.path}: ${e.message}`),
    );
  const custom = new Map(outcome.pack.templates.map((t) => [t.id, t]));
  return [...builtInTemplates.filter((t) => !custom.has(t.id)), ...custom.values()];
}

export async function findTemplateOrFail(ctx: CommandContext, id: string): Promise<Template> {
  const catalogue = ctx.args.values.pack === undefined ? undefined : await loadCatalogue(ctx);
  const template = catalogue ? catalogue.find((t) => t.id === id) : findTemplate(id);
  if (!template) throw new InputError(ctx.t('unknownTemplate', { id }));
  return template;
}
