import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSession, timeSession } from '../../shared/index.ts';
import { allowOnlyOrigins, assertChromiumInstalled, launchChromium } from './launch-chromium.ts';
import { type ServedDirectory, serveDirectory } from './serve-directory.ts';

/** A whole session generated in the preview, then run block by block in the Run tab. */
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-results/miro-run');
let outDir = '';
let server: ServedDirectory;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  assertChromiumInstalled();
  mkdirSync(shots, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), 'netverk-run-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'miro-app-test',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await allowOnlyOrigins(context, [server.origin]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Every axe violation of any impact inside `selector`. */
async function axeViolations(page: Page, selector = '.netverk-preview-panel'): Promise<string[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async (include) => {
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

async function generateSession(page: Page, query = '') {
  await page.goto(`${server.origin}/preview.html${query}`);
  const panel = page.locator('.netverk-preview-panel');
  await panel.getByRole('radio', { name: /Choose the network type/ }).check();
  await panel.getByLabel('Participants').fill('12');
  await panel.getByLabel('Start time').fill('09:00');
  await panel.getByRole('button', { name: 'Generate board' }).click();
  await expect
    .poll(() => panel.getByRole('status').first().textContent(), { timeout: 25_000 })
    .toMatch(/is on the board/);
  return panel;
}

const session = findSession('choose-the-network-type');
if (!session) throw new Error('the network-type session is built in');
const order = timeSession(session, { locale: 'en', participants: 12, start: '09:00' });

describe('the Run view', () => {
  it('offers sessions in Generate, then steps through the blocks with Miro’s timer', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/preview.html`);
    const panel = page.locator('.netverk-preview-panel');
    // The Generate tab opens on sessions, with length and blocks, and the running order for the group.
    await panel.getByRole('radio', { name: /Choose the network type/ }).check();
    expect(await panel.getByText(/60 minutes · \d+ blocks/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-0-generate-session.png') });
    await generateSession(page);
    const frames = await page.evaluate(
      () => window.__netverkStandIn?.inspect.items().filter((item) => item.type === 'frame').length,
    );
    expect(frames).toBe(1 + order.entries.filter((e) => e.kind === 'template').length);

    await panel.getByRole('tab', { name: 'Run' }).click();
    const first = order.entries[0];
    if (!first) throw new Error('no blocks');
    const heading = panel.getByRole('heading', {
      level: 2,
      name: `Block 1 of ${order.entries.length}: ${first.title}`,
    });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await panel.textContent()).toContain(`${first.clock}–${first.endClock}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-1-first-block.png') });

    // Every block: Next moves focus to its heading, the timer starts on the board for its minutes.
    for (const [i, entry] of order.entries.entries()) {
      if (i > 0) {
        await panel.getByRole('button', { name: 'Next', exact: true }).click();
        const name = `Block ${i + 1} of ${order.entries.length}: ${entry.title}`;
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
      }
      await panel.getByRole('button', { name: 'Start the timer' }).click();
      await expect
        .poll(() => page.evaluate(() => window.__netverkStandIn?.inspect.timer().totalDuration))
        .toBe(entry.minutes * 60_000);
      const next = order.entries[i + 1];
      expect(await panel.textContent()).toContain(next ? next.title : 'This is the last block');
    }
    await page.screenshot({ path: join(shots, 'run-2-last-block.png') });
    // Alt+Left goes back a block from anywhere in the tab.
    await page.keyboard.press('Alt+ArrowLeft');
    const previous = order.entries[order.entries.length - 2];
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain(previous?.title ?? '∅');
    expect(await axeViolations(page)).toEqual([]);
    // The same view in Danish: the running order timed again in the panel's language.
    await panel.getByLabel('Language').selectOption('da');
    await expect
      .poll(() => panel.getByRole('heading', { level: 2, name: /^Blok \d af 4: / }).count())
      .toBe(1);
    expect(await panel.getByRole('button', { name: 'Start timeren' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-2b-danish.png') });
    // The choice is remembered for the next pages: back to English.
    await panel.getByLabel('Sprog').selectOption('en');
    await page.close();
  });

  it('counts down in the panel on a board without Miro’s timer, announced as a timer', async () => {
    const page = await context.newPage();
    const panel = await generateSession(page, '?latency=0&timer=off');
    await panel.getByRole('tab', { name: 'Run' }).click();
    await panel.getByRole('button', { name: 'Start the timer' }).click();
    const timer = panel.getByRole('timer');
    await expect.poll(() => timer.count()).toBe(1);
    expect(await timer.textContent()).toMatch(/^\d+:\d\d$/);
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'the timer runs in this panel' }).count())
      .toBe(1);
    // Nothing was asked of a timer the board does not have.
    expect(await page.evaluate(() => window.__netverkStandIn?.inspect.timer().totalDuration)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-3-panel-countdown.png') });
    await page.close();
  });

  it('a session that cannot fit builds nothing; Import: a broken file names the JSON path, a draft becomes a board', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/preview.html`);
    const panel = page.locator('.netverk-preview-panel');
    // A session that cannot fit its length names the block to shorten, and nothing is built.
    await panel.getByRole('radio', { name: /Open network meeting/ }).check();
    await panel.getByLabel('Participants').fill('40');
    await panel.getByLabel('Length in minutes').fill('20');
    await panel.getByRole('button', { name: 'Generate board' }).click();
    const refused = panel.getByRole('alert').filter({ hasText: 'Nothing was built.' });
    await expect.poll(() => refused.count()).toBe(1);
    expect(await refused.textContent()).toMatch(/“.+”/);
    expect(await page.evaluate(() => window.__netverkStandIn?.inspect.items().length)).toBe(0);
    await panel.getByLabel('Participants').fill('');
    const input = panel.getByLabel('Board plan or draft (JSON file)');
    await input.setInputFiles({
      name: 'broken.board-plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"planVersion":1,"items":[{"kind":"frame"}]}'),
    });
    const alert = panel.getByRole('alert').filter({ hasText: 'could not be imported' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('$.items[0]');
    const draft = {
      format: 'netverk-theme-draft',
      version: 1,
      draft: {
        networkName: 'Network North',
        themeTitle: 'Loneliness',
        fields: { origin: 'First line\nSecond <b>line</b>' },
      },
    };
    await input.setInputFiles({
      name: 'loneliness.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(draft)),
    });
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'is ready, with 2 notes' }).count())
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Generate imported board' }).click();
    await expect
      .poll(
        () =>
          panel
            .getByRole('status')
            .filter({ hasText: /is on the board/ })
            .count(),
        { timeout: 20_000 },
      )
      .toBe(1);
    const notes = await page.evaluate(
      () =>
        window.__netverkStandIn?.inspect
          .items()
          .filter((item) => item.type === 'sticky_note')
          .map((item) => item.content ?? '') ?? [],
    );
    expect(notes.join('\n')).toContain('Second &lt;b&gt;line&lt;/b&gt;');
    await page.screenshot({ path: join(shots, 'run-4-import.png') });
    await page.close();
  });
});
