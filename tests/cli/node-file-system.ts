import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileSystemPort } from '../../shared/cli/safe-files.ts';

/** The real file system as the CLI's port, as node-main.ts builds it; tests wrap it to inject faults. */
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
