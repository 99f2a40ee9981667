import type { CliIo } from '../../shared/cli/cli-command.ts';

/** An in-memory world for the command line: files in a map, output captured. */
/** An error as Node's fs gives it: a code, and English text the CLI must never show. */
export function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: some English text from Node, open 'x'`), { code });
}

export function createFakeIo(files: Record<string, string | Uint8Array> = {}, localeTag = 'en_GB.UTF-8') {
  const written = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  const dirs = new Set<string>();
  let out = '';
  let err = '';
  const io: CliIo = {
    readFile: async (path) => {
      const text = files[path] ?? written.get(path);
      if (text === undefined) throw fsError('ENOENT');
      return text;
    },
    writeFile: async (path, data) => {
      if (typeof data === 'string') written.set(path, data);
      else bytes.set(path, data);
    },
    makeDir: async (path) => {
      dirs.add(path);
    },
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    now: () => new Date('2026-11-22T10:00:00Z'),
    localeTag,
    utcOffsetMinutes: () => 60,
  };
  return { io, written, bytes, dirs, stdout: () => out, stderr: () => err };
}
