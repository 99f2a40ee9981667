import { nodeFileSystem } from './node-file-system.ts';
import { runCli } from './run-cli.ts';
import { createFileIo } from './safe-files.ts';

// The command line's entry: with node-file-system.ts the only Node code, everything else is the pure core.
const io = {
  // Bytes, not text (the core tells UTF-8 from UTF-16); capped reads, writes renamed into place.
  ...createFileIo(nodeFileSystem),
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
