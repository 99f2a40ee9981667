import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runCli } from './run-cli.ts';
import { createFileIo, type FileSystemPort } from './safe-files.ts';

const fs: FileSystemPort = {
  open: (path, flags) => open(path, flags),
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
  rename,
  remove: (path) => rm(path, { force: true }),
  mkdir: async (path) => {
    await mkdir(path);
  },
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  dirname,
};

// The one file of the command line that touches Node: everything else is the pure core.
const io = {
  // Bytes, not text (the core tells UTF-8 from UTF-16); capped reads, writes renamed into place.
  ...createFileIo(fs),
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
