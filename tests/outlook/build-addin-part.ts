import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** Builds one mode of the add-in in memory (nothing written to dist/) and returns its files by name. */
export async function buildAddinPart(
  mode: 'outlook-addin' | 'outlook-addin-runtime',
): Promise<Map<string, string>> {
  const output = (await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode,
    logLevel: 'silent',
    build: { write: false },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const files = new Map<string, string>();
  for (const result of Array.isArray(output) ? output : [output])
    for (const file of result.output)
      files.set(
        file.fileName,
        file.type === 'chunk'
          ? file.code
          : typeof file.source === 'string'
            ? file.source
            : Buffer.from(file.source).toString('latin1'),
      );
  return files;
}
