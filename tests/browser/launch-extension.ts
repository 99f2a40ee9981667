import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Request, type Worker } from 'playwright-core';
import { assertChromiumInstalled, chromiumArgs, chromiumPath } from './launch-chromium.ts';
import { shiftFixtureDates } from './shift-fixture-dates.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixtureDir = resolve(repoRoot, 'tests/fixtures/hosts');

/**
 * The built extension (a production build, never a dev one). Builds it when missing; a test build
 * with `testHosts` pre-grants those intranet hosts and goes to dist/extension-test.
 */
export function ensureExtensionBuilt(testHosts: readonly string[] = []): string {
  const dir = resolve(repoRoot, testHosts.length > 0 ? 'dist/extension-test' : 'dist/extension');
  const manifest = resolve(dir, 'manifest.json');
  // A stale build would test yesterday's code: rebuild when any source is newer than the manifest.
  if (!existsSync(manifest) || newestSource() > statSync(manifest).mtimeMs) {
    execFileSync('npx', ['vite', 'build', '--mode', 'extension', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make this a development build (React's dev bundle).
      env: { ...process.env, NODE_ENV: 'production', NETVERK_EXTENSION_TEST_HOSTS: testHosts.join(',') },
    });
  }
  return dir;
}

function newestSource(): number {
  let newest = 0;
  for (const top of ['extension', 'shared']) {
    for (const entry of readdirSync(resolve(repoRoot, top), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(resolve(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every http(s) request that was not a fixture page: the extension must cause none. */
  strayRequests: string[];
}

/** Headless Debian Chromium with the unpacked extension loaded, as the extension brief describes. */
export async function launchExtension(dir: string, locale = 'en-US'): Promise<LaunchedExtension> {
  assertChromiumInstalled();
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    locale,
    viewport: { width: 1280, height: 900 },
    args: [
      ...chromiumArgs,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--lang=${locale}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const strayRequests: string[] = [];
  // Anything not answered by a fixture route lands here, is recorded and never leaves the machine.
  await context.route('**/*', (route) => {
    strayRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('request', (request: Request) => {
    if (request.serviceWorker() || request.url().startsWith('chrome-extension://')) {
      if (!request.url().startsWith(`chrome-extension://${extensionId}/`)) strayRequests.push(request.url());
    }
  });
  return { context, worker, extensionId, strayRequests };
}

/** A strict page CSP as real calendars send: nonce'd scripts and styles only, nothing inline else. */
export const strictCsp = [
  "default-src 'none'",
  "script-src 'nonce-fixture'",
  "style-src 'nonce-fixture'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves a fixture file for every request to `url`'s exact page, with a strict CSP; `transform`
 * may rewrite the HTML first (e.g. inline a library).
 */
export async function serveFixture(
  context: BrowserContext,
  url: string,
  fixture: string,
  options: { csp?: string; transform?: (html: string) => string } = {},
): Promise<void> {
  // Dates relative to today, so the tests give the same prompts whatever day they run.
  const html = shiftFixtureDates(readFileSync(resolve(fixtureDir, fixture), 'utf8'), Date.now());
  const body = options.transform ? options.transform(html) : html;
  await context.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': options.csp ?? strictCsp },
      body,
    }),
  );
}
