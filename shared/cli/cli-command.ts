import type { Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import type { CliMessage } from './cli-messages.ts';
import type { ArgSpec, ParsedArgs } from './parse-args.ts';

/** What the command line may do to the outside world; the Node entry passes the real thing, tests a fake. */
export interface CliIo {
  /**
   * A file's bytes (or text already decoded); errors carry Node's `code` (ENOENT, EISDIR …), and
   * `EFBIG` once more than `maxBytes` (default `maxInputBytes`) have been read.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array | string>;
  /** Text is written as UTF-8, bytes as they are; never leaves a partly written file at `path`. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates a folder and its parents; an existing folder is fine. */
  makeDir(path: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
  /** The user's locale tag from the environment (LC_ALL, LC_MESSAGES, LANG). */
  localeTag?: string | undefined;
  /** The machine's IANA time zone, e.g. `Europe/Copenhagen`; the default of `pack --tz`. */
  timeZone?: string | undefined;
  /** Offset of local time from UTC in minutes at a moment, e.g. 60 for Copenhagen in winter. */
  utcOffsetMinutes(date: Date): number;
}

export interface CommandContext {
  io: CliIo;
  locale: Locale;
  t: Translate<CliMessage>;
  args: ParsedArgs;
}

/** One `netverk` command: registered in commands.ts, one file each. */
export interface Command {
  name: string;
  /** Argument syntax, e.g. `plan <template-id> [--format json|svg]`: not translated. */
  synopsis: string;
  help: CliMessage;
  /** Lines describing the command's own options, shown in its `--help` above the common ones. */
  details?: CliMessage;
  spec: ArgSpec;
  run(ctx: CommandContext): Promise<number>;
}

/** Invalid input (exit 1): the message is already in the user's language. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** 70 (EX_SOFTWARE) is a bug in netverk itself, reported in one line. */
export const exitCodes = { ok: 0, invalidInput: 1, usage: 2, internal: 70 } as const;
