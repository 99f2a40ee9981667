import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type LaunchedExtension,
  launchExtension,
  repoRoot,
  serveFixture,
} from './launch-extension.ts';

/**
 * A workshop event in the BUILT extension, in Outlook and Google Calendar fixtures at their real
 * origins: the card proposes a session timed to the event's start and end, inserts its running order
 * (once, however often), passes axe; the popup times a session too. Screenshots: test-results/extension/.
 */
const shots = join(repoRoot, 'test-results/extension');
const card = '[data-netverk="overlay"] [role="complementary"]';
const axeSource = readFileSync(resolve(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

const hosts = [
  {
    name: 'Outlook',
    url: 'https://outlook.office.com/calendar/deeplink/compose',
    fixture: 'outlook-new-event.html',
    title: 'input[aria-label="Add a title"]',
    body: '[aria-label^="Add a description or attach documents"]',
    start: '9:30 AM',
    end: '11:30 AM',
  },
  {
    name: 'Google Calendar',
    url: 'https://calendar.google.com/calendar/r/eventedit/workshop1',
    fixture: 'google-event-edit.html',
    title: 'input[aria-label="Title"]',
    body: '#xDescIn [role="textbox"]',
    start: '9:30am',
    end: '11:30am',
  },
] as const;

let ext: LaunchedExtension;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ext = await launchExtension(ensureExtensionBuilt());
  for (const host of hosts) await serveFixture(ext.context, host.url, host.fixture);
});

afterAll(async () => {
  await ext?.context.close();
});

async function axeViolations(page: Page, include: string): Promise<unknown[]> {
  // Evaluated through DevTools, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run({ include: [[selector]] })).violations;
  }, include);
}

describe.each(hosts)('a workshop event in $name', (host) => {
  it('proposes a session timed to the event, inserts its running order once, and passes axe', async () => {
    const page = await ext.context.newPage();
    await page.goto(host.url);
    await page.locator(host.title).fill('Temaworkshop: loneliness among the elderly');
    await page.locator('input[aria-label="Start time"]').fill(host.start);
    await page.locator('input[aria-label="End time"]').fill(host.end);
    const heading = page.locator(`${card} h2`);
    await expect.poll(() => heading.textContent(), { timeout: 5_000 }).toBe('Workshop');
    expect(await page.locator(`${card} select`).inputValue()).toBe('unfold-the-theme');
    const times = () => page.locator(`${card} ol.running-order .time`).allTextContents();
    await expect
      .poll(times)
      .toEqual([
        '09:30–09:40',
        '09:40–09:55',
        '09:55–10:10',
        '10:10–10:20',
        '10:20–10:55',
        '10:55–11:10',
        '11:10–11:20',
        '11:20–11:30',
      ]);

    const insert = page.locator(`${card} [data-netverk-action="insert-running-order"]`);
    const status = page.locator(`${card} [role="status"]`);
    const body = page.locator(host.body);
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('The running order is in the description.');
    await expect.poll(() => body.innerText()).toContain('Running order: Unfold the theme');
    // Another session, inserted again: it replaces the first, never a second copy.
    await page.locator(`${card} select`).selectOption('choose-the-network-type');
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('The running order in the description is updated.');
    const text = await body.innerText();
    expect(text.match(/^Running order:/gm)).toHaveLength(1);
    expect(text).toContain('Running order: Choose the network type');
    expect(text).not.toContain('Unfold the theme');
    expect(text).toMatch(/^09:30–\d\d:\d\d\s+Welcome$/m);
    expect(text).toMatch(/–11:30\s+\S/);
    expect(text.startsWith('Welcome, everyone.')).toBe(true);

    // The .ics carries the running order the description shows, once.
    const download = page.waitForEvent('download');
    await page.locator(`${card} [data-netverk-action="download-ics"]`).click();
    const file = await download;
    const event = new ICAL.Component(
      ICAL.parse(readFileSync((await file.path()) ?? '', 'utf8')),
    ).getFirstSubcomponent('vevent');
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description.match(/^Running order:/gm)).toHaveLength(1);
    expect(description).toContain('Running order: Choose the network type');
    expect(description).toMatch(/^09:30–\d\d:\d\d {2}Welcome$/m);
    // A workshop is never made a series by Netverk: only a repeat the page itself sets is kept.
    expect(String(event?.getFirstPropertyValue('rrule') ?? '')).not.toMatch(/WEEKLY;INTERVAL=4/);

    expect(await axeViolations(page, '[data-netverk="overlay"]')).toEqual([]);
    await page.screenshot({
      path: join(shots, `workshop-${host.name.toLowerCase().replace(/\s+/g, '-')}.png`),
    });

    // Too short for the session: the core's message says what is possible, and nothing is offered.
    await page.locator(`${card} select`).selectOption('unfold-the-theme');
    await page.locator('input[aria-label="End time"]').fill(host.name === 'Outlook' ? '10:30 AM' : '10:30am');
    await expect
      .poll(() => page.locator(`${card} ul.warnings li`).first().textContent(), { timeout: 5_000 })
      .toMatch(
        /^The session needs 75 minutes; the event is 60\. Shorten “.+” \(\d+ min\) by 15 minutes, or make the event longer\.$/,
      );
    expect(await insert.isDisabled()).toBe(true);
    await page.close();
  });
});

describe('the popup', () => {
  it('offers no running order longer than the event: a 45-minute workshop in Outlook', async () => {
    const host = hosts[0];
    const page = await ext.context.newPage();
    await page.goto(host.url);
    await page.locator(host.title).fill('Temaworkshop: loneliness among the elderly');
    await page.locator('input[aria-label="Start time"]').fill('9:00 AM');
    await page.locator('input[aria-label="End time"]').fill('9:45 AM');
    const heading = page.locator(`${card} h2`);
    await expect.poll(() => heading.textContent(), { timeout: 5_000 }).toBe('Workshop');
    const warnings = page.locator(`${card} ul.warnings li`);
    await expect
      .poll(() => warnings.first().textContent())
      .toMatch(/^The session needs \d+ minutes; the event is 45\. /);
    expect(await warnings.count()).toBe(1);
    expect(await page.locator(`${card} ol li`).count()).toBe(0);
    const insert = page.locator(`${card} [data-netverk-action="insert-running-order"]`);
    expect(await insert.isDisabled()).toBe(true);
    // A workshop's file is one event, and it is not offered as a series.
    expect(await page.locator(`${card} [data-netverk-action="download-ics"]`).textContent()).toBe(
      'Download the event (.ics)',
    );
    await page.screenshot({ path: join(shots, 'workshop-45-minutes.png') });
    await page.close();
  });

  it('times a session for the group, start and length, and copies it', async () => {
    const own = `chrome-extension://${ext.extensionId}/`;
    // The launcher's catch-all route blocks every URL no fixture answers; the popup's own files may load.
    await ext.context.route(
      (url) => url.href.startsWith(own),
      (route) => route.continue(),
    );
    const page = await ext.context.newPage();
    await page.goto(`${own}src/popup/popup-en.html`);
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByLabel('Session', { exact: true }).selectOption('unfold-the-theme');
    await page.getByLabel('Participants', { exact: true }).fill('14');
    await page.getByLabel('Start', { exact: true }).fill('13:00');
    const times = () => page.locator('ol.running-order .running-order__time').allTextContents();
    await expect
      .poll(times)
      .toEqual([
        '13:00–13:10',
        '13:10–13:25',
        '13:25–13:40',
        '13:40–13:50',
        '13:50–14:25',
        '14:25–14:40',
        '14:40–14:50',
        '14:50–15:00',
      ]);
    await expect.poll(() => page.locator('ol.running-order').innerText()).toMatch(/3 groups of 4–5/);
    // 90 minutes: the blocks that may shrink do, and say so.
    await page.getByLabel('Length in minutes').fill('90');
    await expect
      .poll(() => page.locator('.session-planner__warnings li').first().textContent())
      .toMatch(/^“.+” is shortened to \d+ minutes to fit\.$/);
    // 60 minutes: it cannot fit; the core says what is possible, and nothing can be copied.
    await page.getByLabel('Length in minutes').fill('60');
    await expect
      .poll(() => page.locator('.session-planner__warnings li').first().textContent())
      .toMatch(/^The session needs 75 minutes; the event is 60\. Shorten “.+” \(\d+ min\) by 15 minutes/);
    expect(await page.getByRole('button', { name: 'Copy as text' }).isDisabled()).toBe(true);
    await page.getByLabel('Length in minutes').fill('5');
    await expect
      .poll(() => page.locator('.session-planner .error').textContent())
      .toBe('Length: a whole number of minutes from 10 to 600.');
    await page.getByLabel('Length in minutes').fill('120');
    // The clipboard as a recorder (headless has nobody to grant reading it back), then as a refusal.
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text: string) => {
        w.copied.push(text);
      };
    });
    const status = page.locator('.session-planner [role="status"]');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => status.textContent()).toBe('The running order is on your clipboard as Markdown.');
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => status.textContent()).toBe('The running order is on your clipboard as text.');
    const [markdown = '', text = ''] = await page.evaluate(
      () => (window as unknown as { copied: string[] }).copied,
    );
    expect(markdown).toMatch(/^# Unfold the theme\n/);
    expect(markdown).toContain('### 13:00–13:10 · Welcome (10 minutes)');
    expect(text.split('\n')[1]).toBe('13:00–13:10  Welcome');
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('Could not copy: select the running order and copy it yourself.');
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.screenshot({ path: join(shots, 'popup-workshop.png'), fullPage: true });
    await page.close();
  });
});
