import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type LaunchedExtension,
  launchExtension,
  repoRoot,
  serveFixture,
} from './launch-extension.ts';

/**
 * The intranet flow in Chromium with a test build that holds the intranet host already (a headless
 * browser never answers the permission prompt): the user's site in the settings gets the content
 * script registered, the real FullCalendar page's event form gets the card, and a theme page gets
 * the seven-characteristics checklist that saves selected text for a theme draft.
 */
const origin = 'https://intranet.example.test';
const calendarUrl = `${origin}/kalender`;
const themeUrl = `${origin}/netvaerk/borgerinddragelse`;
const shots = join(repoRoot, 'test-results/extension');
const card = '[data-netverk="overlay"] [role="complementary"]';
const fullCalendar = readFileSync(resolve(repoRoot, 'node_modules/fullcalendar/all/global.js'), 'utf8');

let ext: LaunchedExtension;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ext = await launchExtension(ensureExtensionBuilt([`${origin}/*`]));
  await serveFixture(ext.context, calendarUrl, 'intranet-fullcalendar.html', {
    // The real library, inlined under the page's nonce as an intranet would bundle it.
    transform: (html) =>
      html.replace(
        '<script data-inline="fullcalendar" nonce="fixture"></script>',
        () => `<script nonce="fixture">${fullCalendar}</script>`,
      ),
  });
  await serveFixture(ext.context, themeUrl, 'intranet-theme-page.html');
  await ext.worker.evaluate(
    (site) => chrome.storage.local.set({ 'netverk.settings': { intranetSites: [site] } }),
    origin,
  );
  // The worker registers on the settings change; wait for it (expect.poll is for tests only).
  for (let tries = 0; tries < 100 && (await registeredMatches()).length === 0; tries++) {
    await new Promise((r) => setTimeout(r, 100));
  }
});

function registeredMatches(): Promise<string[][]> {
  return ext.worker.evaluate(() =>
    chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.matches ?? [])),
  );
}

afterAll(async () => {
  await ext?.context.close();
});

describe('extension on an intranet', () => {
  it('registers the content script on the granted site the user named, and nowhere else', async () => {
    expect(await registeredMatches()).toEqual([[`${origin}/*`]]);
  });

  it('puts the card on the event form beside a real FullCalendar and inserts the agenda', async () => {
    const page = await ext.context.newPage();
    await page.goto(calendarUrl);
    expect(
      await page.evaluate(() => (window as unknown as { __calendarRendered?: boolean }).__calendarRendered),
    ).toBe(true);
    expect(await page.locator('[data-date]').count()).toBeGreaterThan(27);
    expect(await page.locator(card).count()).toBe(0);
    await page.locator('#ev-title').fill('Netværksmøde om ensomhed');
    await page.locator(card).waitFor();
    await page.locator(`${card} [data-netverk-action="insert-agenda"]`).click();
    await expect.poll(() => page.locator('#ev-desc').inputValue()).toMatch(/09:00–09:\d\d/);
    const ids = () =>
      page
        .locator(`${card} li.prompt`)
        .evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.promptId));
    await expect.poll(ids).not.toContain('agenda');
    await page.screenshot({ path: join(shots, 'intranet-fullcalendar.png') });
  });

  it('offers the seven characteristics on a theme page and saves selected text for the theme draft', async () => {
    const page = await ext.context.newPage();
    await page.goto(themeUrl);
    await page.locator('[data-netverk="overlay"] [data-netverk-action="open-checklist"]').click();
    await page.locator(card).waitFor();
    expect(await page.locator(`${card} li`).count()).toBe(7);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('challenge') as HTMLElement);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.locator(`${card} [data-netverk-action="save-selection"]`).click();
    await expect
      .poll(() => page.locator(`${card} [role="status"]`).textContent())
      .toBe('Saved to the theme draft (1 snippet so far).');
    const saved = await ext.worker.evaluate(() =>
      chrome.storage.local.get('netverk.themeSnippets').then((r) => r['netverk.themeSnippets']),
    );
    expect(saved).toEqual([
      expect.objectContaining({ url: themeUrl, text: expect.stringContaining('ældre borgere') }),
    ]);
    await page.screenshot({ path: join(shots, 'intranet-theme-checklist.png') });
    // The heading, the save action and its status stay in view; only the list scrolls.
    const cutOff = await page.locator('[data-netverk="overlay"]').evaluate((host) => {
      const root = host.shadowRoot as ShadowRoot;
      const box = (root.querySelector('[role="complementary"]') as HTMLElement).getBoundingClientRect();
      return ['h2', '[data-netverk-action="save-selection"]', '[role="status"]'].filter((selector) => {
        const r = (root.querySelector(selector) as HTMLElement).getBoundingClientRect();
        return r.top < box.top || r.bottom > box.bottom;
      });
    });
    expect(cutOff).toEqual([]);
    expect(ext.strayRequests).toEqual([]);
  });
});
