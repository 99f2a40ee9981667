import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type LaunchedExtension,
  launchExtension,
  repoRoot,
  serveFixture,
} from './launch-extension.ts';

/**
 * The BUILT extension in Debian's Chromium on fixture pages served at the real calendar origins with
 * a strict CSP: the card appears for a network meeting, follows typing, inserts the agenda into the
 * host's editor, stays inert on hostile text, passes axe, and the extension makes no request.
 * Screenshots go to test-results/extension/.
 */
const shots = join(repoRoot, 'test-results/extension');
const outlookUrl = 'https://outlook.office.com/calendar/deeplink/compose';
const googleUrl = 'https://calendar.google.com/calendar/r/eventedit/abc123';
const hostileUrl = 'https://outlook.office.com/calendar/view/week';
const card = '[data-netverk="overlay"] [role="complementary"]';

let ext: LaunchedExtension;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ext = await launchExtension(ensureExtensionBuilt());
  await serveFixture(ext.context, outlookUrl, 'outlook-new-event.html');
  await serveFixture(ext.context, hostileUrl, 'hostile-page.html');
  // Google with Trusted Types on top: the extension must not need an HTML sink.
  await serveFixture(ext.context, googleUrl, 'google-event-edit.html', {
    csp: "default-src 'none'; script-src 'nonce-fixture'; style-src 'nonce-fixture'; require-trusted-types-for 'script'",
  });
});

afterAll(async () => {
  await ext?.context.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

/** The text as the user sees it, line breaks included (Playwright's innerText, not the DOM's). */
function renderedText(locator: Locator): Promise<string> {
  // A Playwright locator: its innerText is the rendered text.
  return locator.innerText();
}

async function promptIds(page: Page): Promise<string[]> {
  return page
    .locator(`${card} li.prompt`)
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.promptId ?? ''));
}

describe('extension in Chromium', () => {
  it('loads as a Manifest V3 extension with the production manifest', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.host_permissions).toEqual([
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://calendar.google.com/*',
    ]);
  });

  it('shows the card on "Nätverksträff HR" in Outlook, follows typing, and inserts the agenda', async () => {
    const page = await openPage(outlookUrl);
    await page.locator(card).waitFor();
    expect(await page.locator(card).getAttribute('aria-label')).toBe('Netverk: network meeting check');
    const before = await promptIds(page);
    expect(before.length).toBeGreaterThan(0);

    // A quarter of an hour cannot hold the round for everyone: the prompts must change.
    await page.locator('input[aria-label="End time"]').fill('9:15 AM');
    await expect.poll(() => promptIds(page), { timeout: 5_000 }).not.toEqual(before);

    await page.locator('input[aria-label="End time"]').fill('11:00 AM');
    await page.locator(`${card} [data-netverk-action="insert-agenda"]`).click();
    const body = page.locator('[aria-label^="Add a description or attach documents"]');
    await expect
      .poll(() => renderedText(body), { timeout: 5_000 })
      .toMatch(/^Welcome, everyone\.\s+\S[\s\S]{40,}/);
    // Clicked before the debounce caught up: the agenda must still use the end time now on the page.
    expect(await renderedText(body)).toMatch(/–11:00/);
    expect(before).toContain('agenda');
    await expect.poll(() => promptIds(page)).not.toContain('agenda');
    await expect
      .poll(() => page.locator(`${card} [role="status"]`).textContent())
      .toBe('The agenda is in the description.');
    await page.screenshot({ path: join(shots, 'outlook-card.png') });
  });

  it('replaces the agenda it inserted before, also after the host re-serialised its editor', async () => {
    const page = await openPage(outlookUrl);
    await page.locator(card).waitFor();
    const insert = page.locator(`${card} [data-netverk-action="insert-agenda"]`);
    const status = page.locator(`${card} [role="status"]`);
    const body = page.locator('[aria-label^="Add a description or attach documents"]');
    await page.locator('input[aria-label="End time"]').fill('11:00 AM');
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('The agenda is in the description.');
    // A host editor that rebuilds its HTML (one bare <p> per line, our nodes and attributes gone).
    await body.evaluate((editor) => {
      const lines = (editor as HTMLElement).innerText.split('\n');
      editor.replaceChildren(
        ...lines.map((line) => {
          const p = document.createElement('p');
          p.textContent = line;
          return p;
        }),
      );
      editor.append(Object.assign(document.createElement('p'), { textContent: 'Bring your questions.' }));
    });
    await page.locator('input[aria-label="End time"]').fill('10:30 AM');
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('The agenda in the description is updated.');
    const text = await renderedText(body);
    expect(text.match(/^Agenda\W*$/gm)).toHaveLength(1);
    expect(text).toMatch(/–10:30/);
    expect(text).not.toMatch(/–11:00/);
    // What the user wrote around it stays.
    expect(text).toMatch(/^Welcome, everyone\./);
    expect(text).toContain('Bring your questions.');
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('The agenda in the description is updated.');
    expect((await renderedText(body)).match(/^Agenda\W*$/gm)).toHaveLength(1);
  });

  it('downloads the series as "Nätverksträff HR.ics" with the description the page shows, the agenda once', async () => {
    const page = await openPage(outlookUrl);
    await page.locator(card).waitFor();
    await page.locator('input[aria-label="End time"]').fill('11:00 AM');
    const download = async () => {
      const next = page.waitForEvent('download');
      await page.locator(`${card} [data-netverk-action="download-ics"]`).click();
      const file = await next;
      const event = new ICAL.Component(
        ICAL.parse(readFileSync((await file.path()) ?? '', 'utf8')),
      ).getFirstSubcomponent('vevent');
      return {
        name: file.suggestedFilename(),
        description: String(event?.getFirstPropertyValue('description')),
      };
    };
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    // No agenda on the page yet: the file has the one "Insert agenda" would write.
    const before = await download();
    expect(before.name).toBe('Nätverksträff HR.ics');
    expect(before.description.match(/^Agenda\W*$/gm)).toHaveLength(1);
    expect(before.description).toMatch(/^Welcome, everyone\.\n\n/);

    await page.locator(`${card} [data-netverk-action="insert-agenda"]`).click();
    const body = page.locator('[aria-label^="Add a description or attach documents"]');
    await expect.poll(() => renderedText(body)).toMatch(/–11:00/);
    const after = await download();
    expect(after.description.match(/^Agenda\W*$/gm)).toHaveLength(1);
    expect(flat(after.description)).toBe(flat(await renderedText(body)));
    expect(flat(after.description)).toBe(flat(before.description));
  });

  it('keeps the main actions in view at 1280×720, with Close first in the tab order', async () => {
    const page = await openPage(outlookUrl);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator(card).waitFor();
    // The most prompts a draft gets: no end, no place, no series, no agenda.
    await page.locator('input[aria-label="End time"]').fill('');
    await expect.poll(async () => (await promptIds(page)).length).toBeGreaterThan(3);
    const hidden = await page.locator('[data-netverk="overlay"]').evaluate((host) => {
      const root = host.shadowRoot as ShadowRoot;
      const region = root.querySelector('[role="complementary"]') as HTMLElement;
      const box = region.getBoundingClientRect();
      return ['insert-agenda', 'download-ics', 'open-compose', 'close']
        .map((action) =>
          root.querySelector<HTMLElement>(
            action === 'close' ? 'button.close' : `[data-netverk-action="${action}"]`,
          ),
        )
        .filter((el): el is HTMLElement => el !== null && !el.hidden)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const inside = r.top >= box.top && r.bottom <= box.bottom && r.bottom <= window.innerHeight;
          // Really on top at its centre: not scrolled away or covered.
          const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !inside || !(hit === el || el.contains(hit));
        })
        .map((el) => el.dataset.netverkAction ?? el.className);
    });
    expect(hidden).toEqual([]);
    await page.screenshot({ path: join(shots, 'outlook-card-1280x720.png') });

    // Tab from the page's last control: the first stop in the card is Close.
    await page.evaluate(() => {
      const focusable = [
        ...document.querySelectorAll<HTMLElement>('input, button, [contenteditable="true"], a[href]'),
      ];
      focusable.at(-1)?.focus();
    });
    await page.keyboard.press('Tab');
    const focused = await page
      .locator('[data-netverk="overlay"]')
      .evaluate((host) => (host.shadowRoot?.activeElement as HTMLElement | null)?.className ?? '');
    expect(focused).toBe('close');
  });

  it('keeps keys typed in the card from the page shortcuts, and its code from the page', async () => {
    const page = await openPage(outlookUrl);
    await page.locator(card).waitFor();
    await page.locator(`${card} [data-netverk-action="download-ics"]`).focus();
    await page.keyboard.press('n');
    await page.keyboard.press('Delete');
    expect(
      await page.evaluate(() => (window as unknown as { __shortcutKeys: string[] }).__shortcutKeys),
    ).toEqual([]);
    // The card bundle lives in the extension's isolated world, not the page's.
    expect(await page.evaluate(() => 'netverkCard' in window)).toBe(false);
  });

  it('has no axe violations in the card', async () => {
    const page = await openPage(outlookUrl);
    await page.locator(card).waitFor();
    await page.locator(`${card} li.prompt`).first().waitFor();
    const axeSource = readFileSync(resolve(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    // Evaluated through DevTools, which the page's CSP does not govern.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }
      ).axe;
      const result = await axe.run({ include: [['[data-netverk="overlay"]']] });
      return result.violations;
    });
    expect(violations).toEqual([]);
  });

  it('works in Google Calendar under Trusted Types and writes into its description', async () => {
    const page = await openPage(googleUrl);
    await page.locator(card).waitFor();
    await page.locator(`${card} [data-netverk-action="insert-agenda"]`).click();
    const description = page.locator('#xDescIn [role="textbox"]');
    await expect
      .poll(() => renderedText(description), { timeout: 5_000 })
      .toMatch(/^Welcome, everyone\.\s+\S[\s\S]{40,}/);
    const compose = await page.locator(`${card} [data-netverk-action="open-compose"]`).getAttribute('href');
    expect(compose).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=/);
    await page.screenshot({ path: join(shots, 'google-card.png') });
  });

  it('keeps hostile page text inert', async () => {
    const page = await openPage(hostileUrl);
    await page.evaluate(() => {
      Object.defineProperty(window, '__pwned', {
        configurable: true,
        set: () => {
          document.documentElement.dataset.pwned = 'yes';
        },
      });
    });
    await page.locator(card).waitFor();
    await page.locator(`${card} [data-netverk-action="insert-agenda"]`).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.pwned ?? 'no')).toBe('no');
    const injected = await page
      .locator('[data-netverk="overlay"]')
      .evaluate((host) => host.shadowRoot?.querySelectorAll('img, script, svg, iframe').length ?? -1);
    expect(injected).toBe(0);
    await page.screenshot({ path: join(shots, 'hostile-card.png') });
  });

  it('makes no network request, and its worker cannot', async () => {
    const fetched = await ext.worker.evaluate(() =>
      fetch('https://calendar.google.com/netverk-probe').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    expect(ext.strayRequests).toEqual([]);
  });
});
