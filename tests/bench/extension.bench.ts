import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../browser/launch-chromium.ts';
import { ensureExtensionBuilt, launchExtension, serveFixture } from '../browser/launch-extension.ts';

/**
 * Measures and prints (no timing assertions): the gzipped size of every content-script file, what a
 * calendar page loads before the card first shows, the main-thread time the extension adds to
 * loading a calendar page, and its overhead under heavy DOM churn; each against the same page
 * without the extension, in the same run. Targets: ≤ 30 KB gz, ≤ 10 ms added, ≤ 5 % under churn.
 */
const runs = 8;
const pageUrl = 'https://outlook.office.com/calendar/deeplink/compose';
const ordinaryUrl = 'https://outlook.office.com/calendar/view/week';
let dir = '';
let withExt: BrowserContext;
let without: BrowserContext;
let emptyExt: BrowserContext;

/** An extension whose content script does nothing, on the same hosts: Chrome's own cost of any content script. */
function createEmptyExtension(): string {
  const out = mkdtempSync(join(tmpdir(), 'netverk-empty-ext-'));
  const matches = ['https://outlook.office.com/*'];
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    background: { service_worker: 'noop.js' },
    content_scripts: [{ matches, js: ['noop.js'] }],
  };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(out, 'noop.js'), 'void 0;\n');
  return out;
}

beforeAll(async () => {
  dir = ensureExtensionBuilt();
  withExt = (await launchExtension(dir)).context;
  without = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
  });
  await without.route('**/*', (route) => route.abort('blockedbyclient'));
  emptyExt = (await launchExtension(createEmptyExtension())).context;
  for (const context of [withExt, without, emptyExt]) {
    await serveFixture(context, pageUrl, 'outlook-new-event.html');
    // The same page for a meeting that is no network meeting: only the matcher runs.
    await serveFixture(context, ordinaryUrl, 'outlook-new-event.html', {
      transform: (html) => html.replace('value="Nätverksträff HR"', 'value="Dentist"'),
    });
  }
});

afterAll(async () => {
  await withExt?.close();
  await without?.close();
  await emptyExt?.close();
});

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Main-thread task time (ms) of the renderer while `work` runs, via the DevTools performance metrics. */
async function mainThreadMs(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const before = await read();
  await work();
  const after = await read();
  await cdp.detach();
  return after - before;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function loadTimes(context: BrowserContext, url: string, settleSelector?: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto('about:blank');
    times.push(
      await mainThreadMs(page, async () => {
        await page.goto(url, { waitUntil: 'load' });
        if (settleSelector) await page.locator(settleSelector).waitFor();
        // Past the content script's idle start and its debounce.
        await page.waitForTimeout(500);
      }),
    );
    await page.close();
  }
  return median(times);
}

/** Self time sampled in the extension's own script files during one load (the matcher's real JS cost). */
async function ownScriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForTimeout(600);
  const { profile } = await cdp.send('Profiler.stop');
  const ours = new Set(
    profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id),
  );
  let micros = 0;
  profile.samples?.forEach((id, i) => {
    if (ours.has(id)) micros += profile.timeDeltas?.[i] ?? 0;
  });
  await page.close();
  return micros / 1000;
}

/** A host-like storm: 200 bursts of 500 added, re-attributed and removed nodes, one burst a frame. */
async function churnMs(context: BrowserContext): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < Math.ceil(runs / 2); i++) {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForTimeout(800);
    times.push(
      await mainThreadMs(page, () =>
        page.evaluate(async () => {
          const root = document.createElement('div');
          document.body.append(root);
          for (let burst = 0; burst < 200; burst++) {
            for (let n = 0; n < 500; n++) {
              const el = document.createElement('span');
              el.className = `c${n}`;
              el.textContent = `cell ${burst}.${n}`;
              root.append(el);
              el.setAttribute('aria-hidden', String(n % 2 === 0));
            }
            root.replaceChildren();
            await new Promise(requestAnimationFrame);
          }
          await new Promise((r) => setTimeout(r, 400));
        }),
      ),
    );
    await page.close();
  }
  return median(times);
}

describe('extension benchmark', () => {
  it('content script sizes (gzipped)', () => {
    const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
    const declared: string[] = manifest.content_scripts.flatMap((s: { js: string[] }) => s.js);
    const files = [...declared, 'src/content/card-main.iife.js'];
    const rows = files.map((file) => {
      const bytes = readFileSync(resolve(dir, file));
      return {
        file,
        raw: kb(bytes.length),
        gzip: kb(gzipSync(bytes).length),
        gzBytes: gzipSync(bytes).length,
      };
    });
    console.table(rows.map(({ gzBytes: _, ...row }) => row));
    const beforeCard = rows.filter((r) => declared.includes(r.file)).reduce((sum, r) => sum + r.gzBytes, 0);
    console.log(
      `Loaded by a calendar page before the card first shows: ${kb(beforeCard)} gz (target ≤ 30 KB)`,
    );
    expect(beforeCard).toBeGreaterThan(0);
  });

  it('main-thread time added to loading a calendar page', async () => {
    const rows = [];
    for (const [page, url, selector] of [
      ['ordinary meeting (matcher only)', ordinaryUrl, undefined],
      ['network meeting (card shown)', pageUrl, '[data-netverk="overlay"]'],
    ] as const) {
      const none = await loadTimes(without, url);
      const empty = await loadTimes(emptyExt, url);
      const ours = await loadTimes(withExt, url, selector);
      rows.push({
        page,
        withoutMs: none.toFixed(1),
        emptyContentScriptMs: empty.toFixed(1),
        netverkMs: ours.toFixed(1),
        addedVsNoneMs: (ours - none).toFixed(1),
        addedVsEmptyMs: (ours - empty).toFixed(1),
      });
    }
    console.table(rows);
    console.log(
      `Median of ${runs} loads, renderer main-thread task ms. "Empty content script" is Chrome's own cost of ` +
        'injecting any extension script; "added vs empty" is what Netverk itself adds (target ≤ 10 ms).',
    );
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await ownScriptMs(withExt, ordinaryUrl));
    console.log(
      `JavaScript self time in Netverk's own scripts on the ordinary page (profiler, median of ${runs}): ` +
        `${median(samples).toFixed(2)} ms (min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)})`,
    );
    expect(rows).toHaveLength(2);
  });

  it('overhead under heavy DOM churn', async () => {
    const base = await churnMs(without);
    const ext = await churnMs(withExt);
    const overhead = ((ext - base) / base) * 100;
    console.table([{ without: base.toFixed(1), with: ext.toFixed(1), overheadPercent: overhead.toFixed(1) }]);
    console.log(
      '100,000 node insertions and removals with attribute changes, main-thread ms (target ≤ 5 %).',
    );
    expect(Number.isFinite(overhead)).toBe(true);
  });
});
