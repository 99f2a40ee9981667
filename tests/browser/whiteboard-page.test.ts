import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantNote } from '../excalidraw/participant-elements.ts';
import { assertChromiumInstalled, launchChromium } from './launch-chromium.ts';
import { type ServedDirectory, serveDirectory } from './serve-directory.ts';

/**
 * The page for teams without Miro (dist/whiteboard), as `npm run build` writes it: pick, download the
 * board, drop the saved file, get the minutes; labelled for a screen reader (axe), in da, sv and en.
 */
const root = resolve(import.meta.dirname, '../..');
let outDir = '';
let work = '';
let server: ServedDirectory;
let browser: Browser;
let page: Page;
/** Requests for anything but the page's own server: the page must make none (no font service, no CDN). */
const elsewhere: string[] = [];

beforeAll(async () => {
  assertChromiumInstalled();
  outDir = mkdtempSync(join(tmpdir(), 'netverk-whiteboard-'));
  work = mkdtempSync(join(tmpdir(), 'netverk-whiteboard-files-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'whiteboard',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  await page.goto(`${server.origin}/`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [outDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } }
    ).axe;
    return (await axe.run(document)).violations.map((v) => v.id);
  });
}

async function downloadBoard(
  button: string,
): Promise<{ name: string; scene: { type: string; elements: Element[] } }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), scene: JSON.parse(readFileSync(path, 'utf8')) };
}

type Element = { x: number; y: number; width: number; height: number; customData?: Record<string, unknown> };

describe('the page for Excalidraw and Nextcloud Whiteboard', () => {
  it('makes a session board and turns the saved file into minutes', async () => {
    expect(await axeViolations()).toEqual([]);
    const { name, scene } = await downloadBoard('Download the board (.excalidraw)');
    expect(name).toMatch(/\.excalidraw$/);
    expect(scene.type).toBe('excalidraw');
    const zone = scene.elements.find((e) => e.customData?.role === 'zone');
    if (!zone) throw new Error('no zone');
    const note = 'Næste gang: <b>&"q"</b> 😀';
    scene.elements.push(
      ...(participantNote('p1', note, {
        x: zone.x + zone.width / 2 - 80,
        y: zone.y + zone.height / 2 - 60,
      }) as unknown as Element[]),
    );
    const saved = join(work, 'saved.whiteboard');
    // Saved by Nextcloud: without the type and version header.
    writeFileSync(saved, JSON.stringify({ elements: scene.elements, files: {}, appState: {} }));
    await page.getByLabel('Saved board file (.excalidraw, .whiteboard)').setInputFiles(saved);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('Notes found in saved.whiteboard: 1.');
    // The minutes are Markdown: the note's markup is escaped there, its words and emoji kept.
    expect(await page.getByLabel('Minutes', { exact: true }).inputValue()).toMatch(/Næste gang: .*q.*😀/);
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(readFileSync((await markdown.path()) ?? '', 'utf8')).toContain('Næste gang');
    expect(await axeViolations()).toEqual([]);

    writeFileSync(saved, '{"type": "excalidraw", "elements": 3}');
    await page.getByLabel('Saved board file (.excalidraw, .whiteboard)').setInputFiles(saved);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContain('saved.whiteboard could not be read: $.elements: The drawing has no list of elements.');
  }, 120_000);

  it.each([
    ['da', 'Dansk', 'En enkelt skabelon', 'Hent tavlen (.excalidraw)'],
    ['sv', 'Svenska', 'En enskild mall', 'Ladda ned tavlan (.excalidraw)'],
  ])(
    'speaks %s and makes a template board in that language',
    async (locale, language, single, button) => {
      await page.getByLabel(/Language|Sprog|Språk/).selectOption({ label: language });
      // mirotone draws the radio's dot itself (the input is 1 px): choose by the label, as people do.
      await page.getByText(single, { exact: true }).click();
      expect(await page.getByRole('radio', { name: single }).isChecked()).toBe(true);
      const { scene } = await downloadBoard(button);
      const frame = scene.elements.find((e) => e.customData?.role === 'frame');
      expect((frame?.customData?.board as { locale?: string } | undefined)?.locale).toBe(locale);
      expect(await axeViolations()).toEqual([]);
    },
    60_000,
  );

  it('fetched nothing from anywhere but its own server', () => {
    expect(elsewhere).toEqual([]);
  });
});
