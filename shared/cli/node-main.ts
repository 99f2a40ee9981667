import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { runCli } from './run-cli.ts';

// The one file of the command line that touches Node: everything else is the pure core.
const io = {
  // Bytes, not text: the core tells UTF-8 (with or without a BOM) from UTF-16 and says which.
  readFile: (path: string) => readFile(path),
  writeFile: (path: string, data: string | Uint8Array) => writeFile(path, data, 'utf8'),
  makeDir: async (path: string) => {
    await mkdir(path, { recursive: true });
  },
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  now: () => new Date(),
  localeTag: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  utcOffsetMinutes: (date: Date) => -date.getTimezoneOffset(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli reports its own errors; this is the last guard, still without a stack trace.
    process.stderr.write(`netverk: ${error instanceof Error ? error.name : String(error)}\n`);
    process.exitCode = 70;
  },
);
