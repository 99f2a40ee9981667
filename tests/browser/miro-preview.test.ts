import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOnlyOrigins, assertChromiumInstalled, launchChromium } from './launch-chromium.ts';
import { type ServedDirectory, serveDirectory } from './serve-directory.ts';

/**
 * The local preview in real Chromium, used as a person would: generate a theme canvas with hostile
 * text, let "participants" add notes, harvest them, decide a network type, remove everything.
 * Runs axe on the panel in every tab and saves screenshots to test-results/miro-preview/.
 */
const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test-results/miro-preview');
const hostileNetwork = '<img src=x onerror=alert(1)> Net & "Co"';
const hostileTheme = "</p><script>alert('theme')</script> & more";
const hostileNote = '<b>not bold</b> & "quoted"';

let outDir = '';
let server: ServedDirectory;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  assertChromiumInstalled();
  outDir = mkdtempSync(join(tmpdir(), 'netverk-miro-app-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'miro-app',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  // Nothing but the local server: Miro's CDN and web fonts are unreachable here and not needed.
  await allowOnlyOrigins(context, [server.origin]);
  mkdirSync(shots, { recursive: true });
  page = await context.newPage();
  await page.goto(`${server.origin}/preview.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const panel = () => page.locator('.netverk-preview-panel');
const openTab = (name: string) => page.getByRole('tab', { name }).click();
const screenshot = (name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, animations: 'disabled' });

interface StandInItem {
  id: string;
  type: string;
  parentId: string | null;
  content?: string;
  title?: string;
}

function standInItems(): Promise<StandInItem[]> {
  return page.evaluate(() => (window.__netverkStandIn?.inspect.items() ?? []) as StandInItem[]);
}

/** axe-core on the panel column; returns the violations as short lines so a failure says what is wrong. */
async function axeViolations(selector = '.netverk-preview-panel', on: Page = page): Promise<string[]> {
  await on.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return on.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

describe('the Miro app outside Miro', () => {
  it.each(['index.html', 'app.html'])('%s points a person to the local preview', async (file) => {
    const other = await context.newPage();
    await other.goto(`${server.origin}/${file}`);
    const link = other.getByRole('link', { name: 'Open the local preview' });
    await other.screenshot({ path: join(shots, `outside-miro-${file.replace('.html', '')}.png`) });
    expect(await axeViolations('body', other)).toEqual([]);
    await link.click();
    await other.waitForURL(/preview\.html$/);
    await other.close();
  });
});

describe('the local preview', () => {
  it('shows the panel in a 320 px column beside an empty stand-in board', async () => {
    const box = await panel().boundingBox();
    expect(box?.width).toBe(320);
    await expect.poll(() => page.getByText('The board is empty.').isVisible()).toBe(true);
    expect(await axeViolations('body')).toEqual([]);
    await screenshot('0-start');
  });

  it('Generate: theme canvas with hostile text puts a frame on the board', async () => {
    // The Generate tab opens on sessions: a single template is the other choice.
    await panel().getByRole('radio', { name: 'A single template' }).check();
    await panel()
      .getByRole('radio', { name: /Theme canvas/ })
      .check();
    await panel().getByLabel('Network name').fill(hostileNetwork);
    await panel().getByLabel('Theme', { exact: true }).fill(hostileTheme);
    expect(await axeViolations()).toEqual([]);
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(() => panel().getByRole('status').first().textContent(), { timeout: 20_000 })
      .toMatch(/is on the board/);
    const items = await standInItems();
    expect(items.filter((item) => item.type === 'frame')).toHaveLength(1);
    const contents = items.map((item) => item.content ?? '').join('\n');
    // Typed text reaches item content escaped: visible as text, never as markup.
    expect(contents).not.toMatch(/<script|<img/i);
    expect(contents).toContain('&lt;/p&gt;&lt;script&gt;');
    // A frame title is plain text in Miro, so there the typed text stays exactly as typed.
    expect(items.find((item) => item.type === 'frame')?.title).toContain(hostileNetwork);
    await expect
      .poll(() => page.locator('.netverk-preview-svg').getAttribute('data-item-count'))
      .not.toBeNull();
    expect(await axeViolations()).toEqual([]);
    await screenshot('1-generated');
  });

  it('Harvest: notes participants add show per zone, and leave as Markdown, CSV and JSON', async () => {
    const seeded = await page.evaluate(async (text) => {
      const standIn = window.__netverkStandIn;
      if (!standIn) throw new Error('no stand-in on the preview page');
      // The board record lists Netverk's items with their roles (items carry no metadata).
      const stored = (await standIn.storage.collection('netverk').get('boards')) as {
        boards: { items: string[][] }[];
      };
      const zoneIds = new Set(
        stored.boards.flatMap((entry) => entry.items.filter((ref) => ref[1] === 'zone').map((ref) => ref[0])),
      );
      const zones = standIn.inspect
        .items()
        .filter((item) => zoneIds.has(item.id))
        .slice(0, 2);
      const toHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      for (const [n, zone] of zones.entries()) {
        const box = standIn.inspect.absoluteBox(zone.id);
        standIn.inspect.seed(
          'sticky_note',
          {
            content: `<p>${toHtml(n === 0 ? text : `Second idea ${n}`)}</p>`,
            x: box.left + box.width / 2,
            y: box.top + box.height / 2,
            width: 120,
          },
          zone.parentId ? { parentId: zone.parentId } : {},
        );
      }
      return zones.length;
    }, hostileNote);
    expect(seeded).toBe(2);

    await openTab('Harvest');
    await panel().getByRole('button', { name: 'Read notes' }).click();
    const results = panel().locator('.netverk-harvest');
    await expect.poll(() => results.getByText(hostileNote, { exact: true }).count()).toBe(1);
    expect(await results.getByText('Second idea 1', { exact: true }).count()).toBe(1);
    expect(await results.locator('.netverk-zone-title').count()).toBeGreaterThan(5);
    expect(await axeViolations()).toEqual([]);
    await screenshot('2-harvest');

    await panel().getByRole('button', { name: 'Copy as Markdown' }).click();
    // Markdown escapes the note's own markup characters; the words arrive.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/not bold.*quoted/);
    for (const [button, extension] of [
      ['Download CSV', 'csv'],
      ['Download JSON', 'json'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel().getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`netverk-harvest.${extension}`);
      const text = readFileSync((await download.path()) ?? '', 'utf8');
      expect(text).toContain('not bold');
    }
    // The board reading, for `netverk harvest`: flat records with the note's text as typed.
    const [readingDownload] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('button', { name: 'Download board reading' }).click(),
    ]);
    expect(readingDownload.suggestedFilename()).toBe('netverk-board-reading.json');
    const reading = JSON.parse(readFileSync((await readingDownload.path()) ?? '', 'utf8'));
    expect(reading.readingVersion).toBe(1);
    expect(reading.items.map((item: { text: string }) => item.text)).toContain(hostileNote);

    await panel().getByRole('button', { name: 'Write summary on board' }).click();
    await expect
      .poll(() => panel().getByText('The summary is on the board.').count(), { timeout: 20_000 })
      .toBe(1);
    expect((await standInItems()).filter((item) => item.type === 'frame')).toHaveLength(2);
  });

  it('Decide: a keyboard-only wizard gives a result card that can be placed on the board', async () => {
    await page.getByRole('tab', { name: 'Harvest' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Decide' }).getAttribute('aria-selected')).toBe('true');

    const count = await page.evaluate(() => document.querySelectorAll('.netverk-question').length);
    expect(count).toBe(1);
    for (let step = 0; step < 5; step += 1) {
      const question = panel().locator('.netverk-question');
      await question.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      if (step === 1) await screenshot('3a-decide-step-keyboard');
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() =>
        panel()
          .getByRole('heading', { name: /Suggested type|Two types/ })
          .count(),
      )
      .toBe(1);
    expect(await panel().locator('.netverk-type-card').count()).toBeGreaterThanOrEqual(1);
    expect(await axeViolations()).toEqual([]);
    await screenshot('3-decide-result');

    await panel().getByRole('button', { name: 'Place on board' }).click();
    await expect
      .poll(() => panel().getByText('The result is on the board.').count(), { timeout: 20_000 })
      .toBe(1);
    expect((await standInItems()).filter((item) => item.type === 'frame')).toHaveLength(3);
    await screenshot('4-decision-placed');
  });

  it('Boards: removing every generated board after confirming leaves only the participants’ notes', async () => {
    await openTab('Boards');
    const list = panel().getByRole('list', { name: 'Generated boards' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    expect(await axeViolations()).toEqual([]);
    await list
      .getByRole('button', { name: /^Remove / })
      .first()
      .click();
    await screenshot('5-remove-confirm');
    expect(await axeViolations()).toEqual([]);
    await list.getByRole('button', { name: 'Keep it' }).click();
    expect(await list.getByRole('listitem').count()).toBe(3);

    for (let left = 3; left > 0; left -= 1) {
      await list
        .getByRole('button', { name: /^Remove / })
        .first()
        .click();
      await list.getByRole('button', { name: 'Yes, remove' }).click();
      await expect.poll(() => list.getByRole('listitem').count(), { timeout: 20_000 }).toBe(left - 1);
    }
    // Netverk removes what it made; the notes participants wrote are theirs and stay.
    await expect
      .poll(async () => (await standInItems()).map((item) => item.type))
      .toEqual(['sticky_note', 'sticky_note']);
    expect(await panel().getByText('No generated boards yet.', { exact: false }).count()).toBe(1);
    await screenshot('6-removed');
  });

  it('speaks Danish and Swedish when chosen, and remembers the choice', async () => {
    await panel().getByLabel('Language').selectOption('da');
    expect(await page.getByRole('tab', { name: 'Opsamling' }).count()).toBe(1);
    await openTab('Opret');
    await screenshot('7-danish');
    expect(await axeViolations()).toEqual([]);
    await page.reload();
    expect(await page.getByRole('tab', { name: 'Opret' }).count()).toBe(1);
    await panel().getByLabel('Sprog').selectOption('sv');
    expect(await page.getByRole('tab', { name: 'Skörda' }).count()).toBe(1);
    await panel().getByLabel('Språk').selectOption('en');
  });
});

describe('errors on the board', () => {
  it('a refused write shows a localized error in the panel and as a Miro notification', async () => {
    const failing = await context.newPage();
    await failing.goto(`${server.origin}/preview.html?fail=5:permanent`);
    const column = failing.locator('.netverk-preview-panel');
    await column.getByRole('button', { name: 'Generate board' }).click();
    const alert = column.getByRole('alert').first();
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('The board refused the change.');
    // The notification goes out through the board port, which may answer after the panel has shown the alert.
    await expect
      .poll(() => failing.evaluate(() => window.__netverkStandIn?.inspect.notifications() ?? []), {
        timeout: 20_000,
      })
      .toEqual([{ kind: 'error', message: 'The board refused the change.' }]);
    await expect.poll(() => failing.evaluate(() => window.__netverkStandIn?.inspect.items().length)).toBe(0);
    await failing.screenshot({ path: join(shots, '8-error.png'), fullPage: true });
    await failing.close();
  });

  it('Cancel during a slow generation stops it and leaves nothing behind', async () => {
    const slow = await context.newPage();
    await slow.goto(`${server.origin}/preview.html?latency=1000`);
    const column = slow.locator('.netverk-preview-panel');
    await column.getByRole('button', { name: 'Generate board' }).click();
    const bar = column.getByRole('progressbar', { name: 'Progress' });
    await expect
      .poll(() => bar.getAttribute('aria-valuenow').then(Number), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBeGreaterThan(10);
    await slow.screenshot({ path: join(shots, '9-progress.png'), fullPage: true, animations: 'disabled' });
    await column.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => column.getByRole('status').first().textContent(), { timeout: 20_000 })
      .toContain('Cancelled.');
    expect(await column.getByRole('alert').first().textContent()).toBe('');
    // The Cancel button is gone: keyboard focus lands on Generate again, not on the page.
    expect(await slow.evaluate(() => document.activeElement?.textContent)).toBe('Generate board');
    await expect.poll(() => slow.evaluate(() => window.__netverkStandIn?.inspect.items().length)).toBe(0);
    await slow.close();
  }, 60_000);
});
