import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import { isLocale, type Locale, locales, parseLocale } from '../i18n/locale.ts';
import { type CliIo, type Command, exitCodes, InputError } from './cli-command.ts';
import { type CliMessage, cliMessages } from './cli-messages.ts';
import { commands } from './commands.ts';
import { parseArgs, UsageError } from './parse-args.ts';

const common = { values: ['lang'], flags: ['help'] } as const;

/**
 * The `netverk` command line without its platform: arguments in, exit code out, I/O through `io`.
 * Exit 0 on success, 1 on invalid input (message on standard error), 2 on wrong usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = localeFrom(argv, io);
  const t = createTranslator(cliMessages, locale);
  const [name, ...rest] = argv;
  const lang = langValue(argv);
  if (lang !== undefined && !isLocale(lang))
    return usageError(io, t, t('badLang', { value: lang, choices: locales.join(', ') }));
  if (name === undefined || name === '--help' || name === 'help' || name.startsWith('--lang')) {
    io.stdout(overview(t));
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return usageError(io, t, t('unknownCommand', { name }));
  try {
    const args = parseArgs(rest, {
      values: [...command.spec.values, ...common.values],
      flags: [...command.spec.flags, ...common.flags],
      maxPositionals: command.spec.maxPositionals,
    });
    if (args.flags.has('help')) {
      io.stdout(commandHelp(command, t));
      return exitCodes.ok;
    }
    return await command.run({ io, locale, t, args });
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, t, usageMessage(error.message, t), command);
    if (error instanceof InputError) {
      io.stderr(`${[error.message, ...error.details.map((d) => `  ${d}`)].join('\n')}\n`);
      return exitCodes.invalidInput;
    }
    // A bug, not the user's input: one line in their language, never a stack trace.
    io.stderr(`${t('internalError', { name: error instanceof Error ? error.name : typeof error })}\n`);
    return exitCodes.internal;
  }
}

/** `--lang` wins over the environment; an unsupported `--lang` is caught by its own check. */
function localeFrom(argv: readonly string[], io: CliIo): Locale {
  const value = langValue(argv);
  return isLocale(value) ? value : parseLocale(io.localeTag);
}

function langValue(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return at < 0 ? undefined : (argv[at]?.split('=')[1] ?? argv[at + 1]);
}

function usageMessage(code: string, t: Translate<CliMessage>): string {
  const [kind, ...restParts] = code.split(':');
  const detail = restParts.join(':');
  if (kind === 'unknown-option') return t('unknownOption', { option: detail });
  if (kind === 'missing-value') return t('missingValue', { option: detail });
  if (kind === 'extra') return t('extraArgument', { arg: detail });
  return code;
}

function usageError(io: CliIo, t: Translate<CliMessage>, message: string, command?: Command): number {
  io.stderr(`${message}\n\n${command ? commandHelp(command, t) : overview(t)}`);
  return exitCodes.usage;
}

/** The placeholders of a command's synopsis, in the words its option rows use ("--out MAPPE"). */
const placeholders: Readonly<Record<string, CliMessage>> = {
  '<session-id>': 'placeholderSessionId',
  '<template-id>': 'placeholderTemplateId',
  DIR: 'placeholderDir',
  NAME: 'placeholderName',
  TEXT: 'placeholderText',
  FILE: 'placeholderFile',
  PLACE: 'placeholderPlace',
};

function localSynopsis(synopsis: string, t: Translate<CliMessage>): string {
  return synopsis.replace(/<session-id>|<template-id>|\b(?:DIR|NAME|TEXT|FILE|PLACE)\b/g, (word) => {
    const key = placeholders[word];
    return key ? t(key) : word;
  });
}

/** The option column of the help: the rows of `--lang` and `--help` line up with a command's own. */
const optionColumn = 20;
const optionRow = (option: string, text: string) => `  ${option.padEnd(optionColumn)}${text}`;

function overview(t: Translate<CliMessage>): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${t(c.help)}`);
  return `${t('intro')}\n\n${t('usage')}: netverk ${t('usageLine')} [--lang da|sv|en] [--help]\n\n${t('commands')}:\n${lines.join('\n')}\n`;
}

function commandHelp(command: Command, t: Translate<CliMessage>): string {
  const details = command.details ? `${t(command.details)}\n` : '';
  const rows = [optionRow('--lang da|sv|en', t('optLang')), optionRow('--help', t('optHelp'))].join('\n');
  return `${t(command.help)}\n\n${t('usage')}: netverk ${localSynopsis(command.synopsis, t)}\n\n${t('options')}:\n${details}${rows}\n`;
}
