import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { runCli } from './run-cli.ts';

// The one file of the command line that touches Node: everything else is the pure core.
const io = {
  readFile: (path: string) => readFile(path, 'utf8'),
  writeFile: (path: string, data: string) => writeFile(path, data, 'utf8'),
  makeDir: async (path: string) => {
    await mkdir(path, { recursive: true });
  },
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  now: () => new Date(),
  localeTag: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
  utcOffsetMinutes: (date: Date) => -date.getTimezoneOffset(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `netverk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
