import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromiumInstalled, chromiumArgs, chromiumPath } from '../browser/launch-chromium.ts';
import { ensureExtensionBuilt } from '../browser/launch-extension.ts';

/**
 * Measures and prints (no timing assertions) the popup's time to first interaction: navigation
 * start → the first text field is enabled and focusable (the draft is loaded from IndexedDB). The
 * baseline, measured in the same run and browser, is a static copy of the rendered popup (same
 * markup and stylesheet, no script): what the page costs before any of our code runs. The floor is
 * a page whose one-line script appends one field: the soonest any script of an extension page can
 * make a field (script execution starts well after navigation there), so the ratio is read against
 * it: a popup that builds its field in script can come no closer than floor/static.
 */
const runs = 15;
let dir = '';
let profile = '';
let context: BrowserContext;
let base = '';
let popupPath = '';

/** Records, in the page, when an enabled, visible text field first exists (ms after navigation start). */
function watchFirstInput(): void {
  const w = window as unknown as { __firstInput?: number };
  const ready = () => {
    const field = document.querySelector<HTMLInputElement>('input:not([type=radio]), textarea');
    return field !== null && !field.disabled && field.getClientRects().length > 0;
  };
  const check = () => {
    if (w.__firstInput === undefined && ready()) {
      w.__firstInput = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
}

async function measure(path: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(base + path);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstInput?: number }).__firstInput,
  );
  const ms = (await handle.jsonValue()) as number;
  await page.close();
  return ms;
}

const staticPathOf = (popup: string) => popup.replace(/[^/]+\.html$/, 'bench-static.html');
const floorPathOf = (popup: string) => popup.replace(/[^/]+\.html$/, 'bench-floor.html');

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

beforeAll(async () => {
  assertChromiumInstalled();
  dir = mkdtempSync(join(tmpdir(), 'netverk-bench-pages-'));
  cpSync(ensureExtensionBuilt(), dir, { recursive: true });
  popupPath = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).action.default_popup;
  profile = mkdtempSync(join(tmpdir(), 'netverk-bench-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 360, height: 800 },
    args: [...chromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await context.addInitScript(watchFirstInput);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  base = `chrome-extension://${new URL(worker.url()).host}/`;
  // A realistic start: one saved draft, opened on the canvas tab.
  const page = await context.newPage();
  await page.goto(base + popupPath);
  await page.locator('input[name=themeTitle]:not([disabled])').fill('Ensomhed blandt ældre');
  await page.getByTestId('save-status').getByText('Saved').waitFor();
  // The baseline: the rendered popup as static HTML beside it (unpacked extensions read files live).
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const node of copy.querySelectorAll('script, link[rel=modulepreload]')) node.remove();
    for (const node of copy.querySelectorAll('[disabled]')) node.removeAttribute('disabled');
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  writeFileSync(join(dir, staticPathOf(popupPath)), html);
  writeFileSync(
    join(dir, floorPathOf(popupPath)),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
      '<body><script type="module" src="./bench-floor.js"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, floorPathOf(popupPath).replace('.html', '.js')),
    "document.body.append(document.createElement('textarea'));\n",
  );
  await page.close();
});

afterAll(async () => {
  await context?.close();
  for (const path of [profile, dir]) if (path) rmSync(path, { recursive: true, force: true });
});

describe('extension pages benchmark', () => {
  it('popup: time to first interaction against a static popup of the same markup', async () => {
    const popup: number[] = [];
    const baseline: number[] = [];
    const floor: number[] = [];
    const staticPath = staticPathOf(popupPath);
    const floorPath = floorPathOf(popupPath);
    // Warm-up, then interleaved runs so all see the same machine load.
    for (const path of [popupPath, staticPath, floorPath]) await measure(path);
    for (let i = 0; i < runs; i += 1) {
      popup.push(await measure(popupPath));
      baseline.push(await measure(staticPath));
      floor.push(await measure(floorPath));
    }
    const result = {
      runs,
      popupMedianMs: Number(median(popup).toFixed(1)),
      staticMedianMs: Number(median(baseline).toFixed(1)),
      floorMedianMs: Number(median(floor).toFixed(1)),
      ratio: Number((median(popup) / median(baseline)).toFixed(2)),
      floorRatio: Number((median(floor) / median(baseline)).toFixed(2)),
      addedMs: Number((median(popup) - median(baseline)).toFixed(1)),
    };
    console.log(`[bench] extension popup time to first interaction: ${JSON.stringify(result)}`);
    expect(popup).toHaveLength(runs);
  });
});
