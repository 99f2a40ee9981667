import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium: the one browser the browser tests use (test tools cannot download one here). */
export const chromiumPath = '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet and offline-friendly on these machines. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Throws a message that says how to fix it, so a missing browser fails loudly instead of skipping. */
export function assertChromiumInstalled(path: string = chromiumPath): void {
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The browser tests need Debian's Chromium: ` +
        'run `apt-get update && apt-get install -y chromium` and test again.',
    );
  }
}

/** Launches headless Debian Chromium with the working flags; extra args are appended. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}

/**
 * Lets only the given origins through; everything else (web fonts, Miro's CDN) is aborted, so a
 * test never waits on the network this machine does not have.
 */
export async function allowOnlyOrigins(context: BrowserContext, origins: readonly string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const allowed =
      url.startsWith('data:') || url.startsWith('blob:') || origins.some((o) => url.startsWith(o));
    return allowed ? route.continue() : route.abort('blockedbyclient');
  });
}
