import { restoreTemplatePack } from '../packs/restore-template-pack.ts';
import { maxOptionTextLength } from '../plan/resolve-layout-options.ts';
import { builtInTemplates, findTemplate } from '../templates/catalogue/built-in-templates.ts';
import type { Template } from '../templates/template-schema.ts';
import { type CommandContext, InputError } from './cli-command.ts';
import type { CliMessage } from './cli-messages.ts';
import { decodeFileText } from './decode-file-text.ts';
import { UsageError } from './parse-args.ts';
import { maxInputBytes } from './safe-files.ts';

/** Reads and parses a JSON file; unreadable or malformed files are input errors wholly in the user's language. */
export async function readJsonFile(ctx: CommandContext, file: string): Promise<unknown> {
  let data: Uint8Array | string;
  try {
    data = await ctx.io.readFile(file, maxInputBytes);
  } catch (error) {
    throw new InputError(ctx.t(readErrorKey(error), { file, max: maxInputBytes / 1024 / 1024 }));
  }
  const decoded = decodeFileText(data);
  if (!decoded.ok)
    throw new InputError(ctx.t(decoded.problem === 'utf16' ? 'fileUtf16' : 'fileNotUtf8', { file }));
  if (decoded.text.trim() === '') throw new InputError(ctx.t('fileEmpty', { file }));
  try {
    return JSON.parse(decoded.text);
  } catch (error) {
    // V8's own text is English: only the position is taken from it, as a line and column.
    const at = /position (\d+)/.exec((error as Error).message ?? '');
    if (!at) throw new InputError(ctx.t('notJsonEnd', { file }));
    const before = decoded.text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new InputError(ctx.t('notJsonAt', { file, line, column }));
  }
}

/** Runs a write; a full disk, a read-only folder or `--out` naming a file is one localized line, exit 1. */
export async function writeOutput(
  ctx: CommandContext,
  path: string,
  write: () => Promise<void>,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new InputError(ctx.t(writeErrorKey(error), { file: path, code: errorCode(error) || '?' }));
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function readErrorKey(error: unknown): CliMessage {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'readMissing';
  if (code === 'EISDIR') return 'readIsFolder';
  if (code === 'EACCES' || code === 'EPERM') return 'readNoAccess';
  if (code === 'EFBIG') return 'readTooLarge';
  return 'readFailed';
}

function writeErrorKey(error: unknown): CliMessage {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'writeDiskFull';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'writeNoAccess';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'writeNotFolder';
  if (code === 'EISDIR') return 'writeIsFolder';
  // No such place (an empty --out, a folder that cannot be made, such as under /proc).
  if (code === 'ENOENT') return 'writeNoPlace';
  return 'writeFailed';
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

/**
 * Free text for the board or the calendar (`--network`, `--theme`, `--location`): longer than the
 * layout takes is refused at once, naming the option, before any work and not deep in a file writer.
 */
export function textOption(ctx: CommandContext, option: string): string | undefined {
  const value = ctx.args.values[option];
  // UTF-16 units, as the layout counts them.
  if (value !== undefined && value.length > maxOptionTextLength)
    throw new InputError(ctx.t('textTooLong', { option, max: maxOptionTextLength, length: value.length }));
  return value;
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
