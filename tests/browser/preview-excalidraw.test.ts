import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantNote } from '../excalidraw/participant-elements.ts';
import { type ServedBuild, serveBuild } from './serve-build.ts';

/**
 * The local preview's Excalidraw round: generate a template, "Download as Excalidraw", a participant's
 * note added to the file (as Excalidraw saves it), then "Harvest a board file" shows it in its zone.
 */
let site: ServedBuild;
let page: Page;
/** Files the test writes, as a participant's Excalidraw would save them. */
let work = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'netverk-preview-excalidraw-files-'));
  site = await serveBuild('miro-app-test');
  page = await site.openPage('/preview.html', { acceptDownloads: true });
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const panel = () => page.locator('.netverk-preview-panel');

type Element = { x: number; y: number; width: number; height: number; customData?: Record<string, string> };

describe('Excalidraw in the local preview', () => {
  it('downloads a generated board as Excalidraw and harvests the saved file', async () => {
    await panel().getByRole('radio', { name: 'A single template' }).check();
    await panel()
      .getByRole('radio', { name: /Theme canvas/ })
      .check();
    await panel().getByRole('button', { name: 'Generate board' }).click();
    const download = panel().getByRole('button', { name: /Download “.*” as Excalidraw/ });
    await download.waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.excalidraw$/);
    const path = join(work, 'saved.excalidraw');
    await file.saveAs(path);
    const scene = JSON.parse(readFileSync(path, 'utf8')) as { type: string; elements: Element[] };
    expect(scene.type).toBe('excalidraw');
    const zone = scene.elements.find((e) => e.customData?.role === 'zone');
    if (!zone) throw new Error('no zone in the file');
    const note = 'Ældre & <b>"q"</b> 😀';
    const at = { x: zone.x + zone.width / 2 - 80, y: zone.y + zone.height / 2 - 60 };
    scene.elements.push(...(participantNote('p1', note, at) as unknown as Element[]));
    writeFileSync(path, JSON.stringify(scene));

    await panel().getByRole('tab', { name: 'Harvest' }).click();
    await panel().getByLabel('Harvest a board file').setInputFiles(path);
    await expect
      .poll(() => panel().textContent(), { timeout: 10_000 })
      .toContain('Notes found in saved.excalidraw: 1.');
    expect(await panel().textContent()).toContain(note);

    writeFileSync(path, '{"type":"excalidraw","elements":{}}');
    await panel().getByLabel('Harvest a board file').setInputFiles(path);
    await expect
      .poll(() => panel().textContent(), { timeout: 10_000 })
      .toContain('saved.excalidraw could not be read: $.elements: The drawing has no list of elements.');
  }, 120_000);
});
