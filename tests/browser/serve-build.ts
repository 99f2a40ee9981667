import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { build } from 'vite';
import { allowOnlyOrigins, assertChromiumInstalled, launchChromium } from './launch-chromium.ts';
import { serveDirectory } from './serve-directory.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface ServedBuild {
  /** The local server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  browser: Browser;
  /** A new context as a person would open it (1280×900, English), allowed to reach only this server. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new such context, already at `path` on the server. */
  openPage(path: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * One product part built as `vite build --mode <mode>` into a fresh directory, served on localhost and
 * opened in Debian's Chromium: every browser test of a built page starts the same way, so a build or a
 * browser that is missing fails each of them with the same message.
 */
export async function serveBuild(mode: string): Promise<ServedBuild> {
  assertChromiumInstalled();
  const outDir = mkdtempSync(join(tmpdir(), `netverk-${mode}-`));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = await serveDirectory(outDir);
  const browser = await launchChromium();
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      ...options,
    });
    // Nothing but the local server: Miro's CDN and web fonts are unreachable here and not needed.
    await allowOnlyOrigins(context, [server.origin]);
    return context;
  };
  return {
    origin: server.origin,
    browser,
    newContext,
    async openPage(path, options) {
      const page = await (await newContext(options)).newPage();
      await page.goto(`${server.origin}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
