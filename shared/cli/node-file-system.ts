import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileSystemPort } from './safe-files.ts';

/** The real file system as the CLI's port (with node-main.ts, the only Node code): tests wrap it to inject faults. */
export const nodeFileSystem: FileSystemPort = {
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
