import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOnlyOrigins, assertChromiumInstalled, launchChromium } from './launch-chromium.ts';
import { type ServedDirectory, serveDirectory } from './serve-directory.ts';

/** The open meeting's length in the Generate tab: labelled, only for a template with a running order, timing the board. */
const root = resolve(import.meta.dirname, '../..');
let outDir = '';
let server: ServedDirectory;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertChromiumInstalled();
  outDir = mkdtempSync(join(tmpdir(), 'netverk-meeting-length-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    // The test build: the preview exposes its stand-in for inspection.
    mode: 'miro-app-test',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await allowOnlyOrigins(context, [server.origin]);
  page = await context.newPage();
  await page.goto(`${server.origin}/preview.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const panel = () => page.locator('.netverk-preview-panel');

function boardTexts(): Promise<string[]> {
  return page.evaluate(() =>
    ((window.__netverkStandIn?.inspect.items() ?? []) as { content?: string }[]).map((i) => i.content ?? ''),
  );
}

describe('meeting length in the Generate tab', () => {
  it('shows the field only for the open meeting, and the board is timed by it', async () => {
    expect(await panel().getByLabel('Meeting length in minutes').count()).toBe(0);
    // The Generate tab opens on sessions: a single template is the other choice.
    await panel().getByRole('radio', { name: 'A single template' }).check();
    await panel()
      .getByRole('radio', { name: /Open network meeting/ })
      .check();
    const field = panel().getByLabel('Meeting length in minutes');
    expect(await field.count()).toBe(1);
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run({ include: ['.netverk-preview-panel'] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await panel().getByLabel('Participants').fill('14');
    await field.fill('5');
    await panel().getByRole('button', { name: 'Generate board' }).click();
    // The browser's own check stops a length out of range before anything is built.
    expect(await field.evaluate((el) => (el as HTMLInputElement).validity.rangeUnderflow)).toBe(true);
    expect((await boardTexts()).join('\n')).not.toContain('In all');
    expect(await panel().textContent()).toContain('15 to 480');
    await field.fill('120');
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(async () => (await boardTexts()).join('\n'), { timeout: 20_000 })
      .toContain('In all 120 minutes');
    const texts = (await boardTexts()).join('\n');
    // 14 people: the one round rule holds the round at the tables, 10 minutes for groups of 4–5.
    expect(texts).toContain('The presentation round is held at the tables, in groups of 4–6: 10 minutes.');
    expect(texts).not.toContain('Guest speaker');
  });
});
