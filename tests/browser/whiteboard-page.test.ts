import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantNote } from '../excalidraw/participant-elements.ts';
import { axeViolations } from './axe-violations.ts';
import { type ServedBuild, serveBuild } from './serve-build.ts';

/**
 * The page for teams without Miro (dist/whiteboard), as `npm run build` writes it: pick, download the
 * board, drop the saved file, get the minutes; labelled for a screen reader (axe), in da, sv and en.
 */
let site: ServedBuild;
let page: Page;
/** The files a person downloads and saves again. */
let work = '';
/** Requests for anything but the page's own server: the page must make none (no font service, no CDN). */
const elsewhere: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'netverk-whiteboard-files-'));
  site = await serveBuild('whiteboard');
  const context = await site.newContext({ acceptDownloads: true });
  // Checked before the server-only rule (Playwright runs the newest route first): record, then refuse.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.fallback();
    elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  await page.goto(`${site.origin}/`);
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

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
    expect(await axeViolations(page)).toEqual([]);
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
    expect(await axeViolations(page)).toEqual([]);

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
      expect(await axeViolations(page)).toEqual([]);
    },
    60_000,
  );

  it('fetched nothing from anywhere but its own server', () => {
    expect(elsewhere).toEqual([]);
  });
});
