/** What a command accepts: value options (`--lang da`, `--lang=da`) and flags (`--help`). */
export interface ArgSpec {
  values: readonly string[];
  flags: readonly string[];
  /** Most positional arguments the command takes. */
  maxPositionals: number;
}

export interface ParsedArgs {
  values: Record<string, string>;
  flags: Set<string>;
  positionals: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A small argument parser: the core cannot use `node:util` (it stays free of platform APIs).
 * Throws UsageError naming the offending argument; messages are filled in by the caller.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { values: {}, flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const [name = '', inline] = splitOnce(arg.slice(2), '=');
    if (spec.flags.includes(name) && inline === undefined) parsed.flags.add(name);
    else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`missing-value:${name}`);
      parsed.values[name] = value;
    } else throw new UsageError(`unknown-option:${arg}`);
  }
  if (parsed.positionals.length > spec.maxPositionals)
    throw new UsageError(`extra:${parsed.positionals.at(-1)}`);
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
