import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the Excalidraw test page (tests/browser/excalidraw-page/) into a temporary folder with
 * Excalidraw's fonts beside it, so the page needs nothing but its own server. Test-only: the product
 * never bundles Excalidraw (a devDependency).
 */
export async function buildExcalidrawPage(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'netverk-excalidraw-'));
  await build({
    configFile: false,
    root: resolve(root, 'tests/browser/excalidraw-page'),
    base: './',
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: dir, emptyOutDir: true, chunkSizeWarningLimit: 20_000, reportCompressedSize: false },
  });
  cpSync(resolve(root, 'node_modules/@excalidraw/excalidraw/dist/prod/fonts'), join(dir, 'fonts'), {
    recursive: true,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
