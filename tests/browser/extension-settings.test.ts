import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type LaunchedExtension,
  launchExtension,
  serveFixture,
} from './launch-extension.ts';

/**
 * The content script asks the worker for the settings (read and checked once there, not parsed in
 * every page): the user's language and keywords reach the card; malformed settings fall back field
 * by field, as the schema reads them.
 */
const outlookUrl = 'https://outlook.office.com/calendar/deeplink/compose';
const card = '[data-netverk="overlay"] [role="complementary"]';
const title = 'input[aria-label="Add a title"]';

let ext: LaunchedExtension;

beforeAll(async () => {
  ext = await launchExtension(ensureExtensionBuilt());
  await serveFixture(ext.context, outlookUrl, 'outlook-new-event.html');
});

afterAll(async () => {
  await ext?.context.close();
});

async function withSettings(settings: unknown) {
  await ext.worker.evaluate((value) => chrome.storage.local.set({ 'netverk.settings': value }), settings);
  const page = await ext.context.newPage();
  await page.goto(outlookUrl);
  await page.locator(title).fill('Kaffeklub maj');
  return page;
}

describe('settings reach the content script through the worker', () => {
  it("shows the card in the user's language for the user's own keyword", async () => {
    const page = await withSettings({ language: 'sv', keywords: ['Kaffeklub'] });
    await page.locator(card).waitFor();
    expect(await page.locator(`${card} h2`).first().textContent()).toBe('Nätverksträff');
    await page.close();
  });

  it('keeps what is valid of malformed settings and ignores the rest', async () => {
    const page = await withSettings({ language: 'xx', keywords: ['Kaffeklub', 42], promptsEnabled: 'yes' });
    await page.locator(card).waitFor();
    // 'xx' is no language: the browser's (English) applies; the valid keyword still counts.
    expect(await page.locator(`${card} h2`).first().textContent()).toBe('Network meeting');
    await page.close();
  });

  it('shows nothing when the user switched the prompts off', async () => {
    const page = await withSettings({ keywords: ['Kaffeklub'], promptsEnabled: false });
    await page.waitForTimeout(600);
    expect(await page.locator(card).count()).toBe(0);
    expect(ext.strayRequests).toEqual([]);
    await page.close();
  });
});
