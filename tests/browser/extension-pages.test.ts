import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromiumInstalled, chromiumArgs, chromiumPath } from './launch-chromium.ts';
import { ensureExtensionBuilt, repoRoot, serveFixture } from './launch-extension.ts';

/**
 * The extension's own pages in headless Debian Chromium with the production build: the theme
 * canvas survives closing the popup mid-word, an extension reload and a browser restart; the
 * decision wizard works by keyboard; import refuses a bad file and changes nothing; export and
 * delete all work; axe finds nothing; no request leaves the browser.
 */
const shots = resolve(repoRoot, 'test-results/extension-pages');
const axeSource = readFileSync(resolve(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
let dir = '';
let profile = '';
let context: BrowserContext;
let worker: Worker;
let base = '';
let popupPath = '';
let optionsPath = '';
const outgoing: string[] = [];
/** A calendar page served from a fixture (never fetched): the popup's "show on this page" target. */
const calendarUrl = 'https://outlook.office.com/calendar/deeplink/compose';

async function launch(): Promise<void> {
  assertChromiumInstalled();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 900, height: 900 },
    acceptDownloads: true,
    args: [...chromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--lang=en-US'],
  });
  context.on('request', (request) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url()) && request.url() !== calendarUrl)
      outgoing.push(request.url());
  });
  // An ordinary meeting (no network keyword), so the card shows only when asked for.
  await serveFixture(context, calendarUrl, 'outlook-new-event.html', {
    transform: (html) => html.replace('value="Nätverksträff HR"', 'value="Dentist"'),
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  base = `chrome-extension://${new URL(worker.url()).host}/`;
}

async function openPage(path: string, width = 360): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(base + path);
  return page;
}

async function openCanvas(): Promise<Page> {
  const page = await openPage(popupPath);
  await page.getByRole('tab', { name: 'Theme canvas' }).click();
  await expect.poll(() => page.locator('input[name=themeTitle]').isEnabled()).toBe(true);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  // evaluate runs outside the page's CSP, which forbids injected script tags.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe.run(),
  );
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

async function countDrafts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('netverk');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => {
            done(count.result);
            open.result.close();
          };
        };
      }),
  );
}

beforeAll(async () => {
  // A private copy: another test run may rebuild dist/extension while this one reloads the extension.
  dir = mkdtempSync(join(tmpdir(), 'netverk-pages-ext-'));
  cpSync(ensureExtensionBuilt(), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  popupPath = manifest.action.default_popup;
  optionsPath = manifest.options_ui.page;
  profile = mkdtempSync(join(tmpdir(), 'netverk-pages-'));
  // Developer mode on, as for anyone who loads and reloads an unpacked extension. Without it this
  // Chromium puts DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION on the unpacked extension now and then
  // while chrome.runtime.reload() has it unloaded, so it never comes back (chrome://extensions-internals
  // shows it DISABLED; its pages answer ERR_BLOCKED_BY_CLIENT). A store update is a packed install,
  // which that rule does not touch.
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  mkdirSync(shots, { recursive: true });
  await launch();
});

afterAll(async () => {
  await context?.close();
  for (const path of [profile, dir]) if (path) rmSync(path, { recursive: true, force: true });
});

describe('extension pages', () => {
  it('keeps the theme canvas through closing mid-word, an extension reload and a browser restart', async () => {
    let page = await openCanvas();
    await page.locator('input[name=themeTitle]').fill('Ensomhed blandt ældre');
    const challenge = page.getByLabel('The challenge or opportunity');
    await challenge.click();
    await page.keyboard.type('Borgere i eget hjem føler sig ala');
    await page.screenshot({ path: join(shots, 'popup-canvas.png'), fullPage: true });
    // Closed at once, mid-word, before the debounce ran.
    await page.close({ runBeforeUnload: true });

    const expectKept = async (label: string) => {
      const again = await openCanvas();
      await expect
        .poll(() => again.locator('input[name=themeTitle]').inputValue(), { message: label })
        .toBe('Ensomhed blandt ældre');
      expect(await again.getByLabel('The challenge or opportunity').inputValue()).toBe(
        'Borgere i eget hjem føler sig ala',
      );
      return again;
    };
    page = await expectKept('after closing the popup');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('');
    await page.close();

    const old = worker;
    // Reloaded from an extension page: an idle service worker may already have been stopped on a busy machine.
    const reloader = await openPage(popupPath);
    await reloader.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The reloaded extension can take a while to come back under load: wait for its new worker.
    await expect
      .poll(() => context.serviceWorkers().some((w) => w !== old), { timeout: 60_000, interval: 250 })
      .toBe(true);
    worker = context.serviceWorkers().find((w) => w !== old) ?? old;
    expect(worker).not.toBe(old);
    (await expectKept('after reloading the extension')).close();

    await context.close();
    await launch();
    page = await expectKept('after restarting the browser');
    // The board plan carries the draft's text as a sticky note in its zone.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Board plan for Miro' }).click();
    const plan = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8'));
    expect(plan).toMatchObject({ planVersion: 1, templateId: 'theme-canvas', locale: 'en' });
    const texts = plan.items
      .filter((i: { kind: string }) => i.kind === 'sticky')
      .map((i: { props: { text: string } }) => i.props.text);
    expect(texts).toEqual(['Ensomhed blandt ældre', 'Borgere i eget hjem føler sig ala']);
    // The same draft as an Excalidraw board (its encoder loaded on demand) carries the same notes.
    const drawing = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Board for Excalidraw / Nextcloud Whiteboard' }).click();
    const file = await drawing;
    expect(file.suggestedFilename()).toMatch(/\.excalidraw$/);
    // The download is confirmed where everyone sees it and a screen reader hears it.
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Saved as ${file.suggestedFilename()}.` })
          .count(),
      )
      .toBe(1);
    const scene = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8'));
    expect(scene).toMatchObject({ type: 'excalidraw', version: 2 });
    const notes = scene.elements
      .filter(
        (e: { customData?: { role?: string }; containerId?: string }) =>
          e.containerId && e.customData?.role === 'note',
      )
      .map((e: { customData: { text?: string }; text: string }) => e.customData.text ?? e.text);
    expect(notes).toEqual(['Borgere i eget hjem føler sig ala']);
    await page.close();
  }, 90_000);

  it('runs the decision wizard by keyboard and shows two types side by side on a close call', async () => {
    const page = await openPage(popupPath);
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Decide' }).getAttribute('aria-selected')).toBe('true');
    // The tab's code loads when it is first opened; focus stays on the tab meanwhile.
    await page.locator('fieldset legend').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    // Answers: political vision, far-reaching, knowledge, knowledge in units, open-ended.
    for (const [step, moves] of [0, 0, 0, 0, 0].entries()) {
      // Tab from the tab list (or from the question's legend, where focus lands after each step) to the answers.
      if (step > 0) expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LEGEND');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let i = 0; i < moves; i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    const heading = page.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe('Two types fit: compare them');
    // Focus lands on the result's heading, so a screen reader announces the result.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await heading.getAttribute('id'));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.locator('.candidate h3').allTextContents()).toEqual([
      'Innovation network',
      'Learning network',
    ]);
    await page.screenshot({ path: join(shots, 'popup-decide-result.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Every tab stays in the page once opened (hidden when not selected): look in the one shown.
    await page.getByRole('tabpanel').getByLabel('Network name').fill('Ældrenetværket');
    await page.getByRole('button', { name: 'Save as network' }).click();
    await page.getByText('Network saved.').waitFor();
    await page.getByRole('button', { name: 'Use in the theme canvas' }).click();
    await page.getByRole('tab', { name: 'Theme canvas' }).click();
    await expect
      .poll(() => page.getByLabel('Network type').inputValue())
      .toMatch(/^Innovation network \/ Learning network\n/);
    await page.getByRole('tab', { name: 'My drafts' }).click();
    await page.getByText('Type: Innovation network').waitFor();
    await page.close();
  });

  it('passes axe on every popup tab', async () => {
    const page = await openCanvas();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Decide' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'popup-decide.png'), fullPage: true });
    await page.getByRole('tab', { name: 'My drafts' }).click();
    await page.getByRole('heading', { name: 'Drafts' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'popup-drafts.png'), fullPage: true });
    await page.close();
  });

  it('options: a bad import changes nothing; export, good import and delete all work', async () => {
    const page = await openPage(optionsPath, 900);
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    expect(await countDrafts(page)).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data' }).click();
    const exported = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8'));
    expect(exported).toMatchObject({ format: 'netverk-user-data', version: 1 });
    expect(exported.drafts.map((d: { themeTitle: string }) => d.themeTitle)).toEqual([
      'Ensomhed blandt ældre',
    ]);

    const bad = {
      ...exported,
      drafts: [...exported.drafts, { ...exported.drafts[0], id: 'x2', updatedAt: 'soon' }],
    };
    bad.networks = [{ id: 'n', name: '' }];
    await page.getByLabel('Import data from a file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const notice = page.getByTestId('data-notice');
    await expect.poll(() => notice.textContent()).toContain('Nothing was imported');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('$.drafts[1].updatedAt');
    expect(text).toContain('$.networks[0].name');
    expect(text).toContain('$.networks[0].updatedAt');
    expect(await countDrafts(page)).toBe(1);
    await page.screenshot({ path: join(shots, 'options-import-error.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const good = { ...exported, drafts: [...exported.drafts, { ...exported.drafts[0], id: 'imported' }] };
    await page.getByLabel('Import data from a file').setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect.poll(() => notice.textContent()).toContain('Imported 2 drafts');
    expect(await countDrafts(page)).toBe(2);

    // The language follows the browser until the user picks one; the choice applies at once.
    await page.getByLabel('Language of Netverk').selectOption('sv');
    await page.getByRole('heading', { name: 'Netverk – inställningar' }).waitFor();
    await page.getByLabel('Intranätsidans adress').fill('http://intranet.example.org');
    await page.getByRole('button', { name: 'Lägg till och tillåt' }).click();
    await page.getByText('Skriv en https-adress').waitFor();
    await page.screenshot({ path: join(shots, 'options-swedish.png'), fullPage: true });
    const popup = await openPage(popupPath);
    await popup.getByRole('tab', { name: 'Temaunderlag' }).waitFor();
    await popup.close();
    await page.getByLabel('Netverks språk').selectOption('auto');
    await page.getByRole('heading', { name: 'Netverk options' }).waitFor();

    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await expect.poll(() => notice.textContent()).toContain('All your data was deleted.');
    expect(await countDrafts(page)).toBe(0);
    await page.screenshot({ path: join(shots, 'options.png'), fullPage: true });
    await page.close();
  });

  it('options: shows the settings at once and applies the policy locks when the policy answers', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    // A policy store that answers only when the test says (browsers can take seconds).
    await page.addInitScript(() => {
      if (location.protocol !== 'chrome-extension:') return;
      let answer: (policy: Record<string, unknown>) => void = () => {};
      const pending = new Promise<Record<string, unknown>>((resolve) => {
        answer = resolve;
      });
      Object.assign(globalThis, { __answerPolicy: answer });
      chrome.storage.managed.get = (() => pending) as typeof chrome.storage.managed.get;
    });
    await page.goto(base + optionsPath);
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    // Everything is there while the policy is still pending: nothing appears above it later.
    expect(await page.getByRole('heading', { name: 'Language' }).isVisible()).toBe(true);
    const cardSwitch = page.getByLabel('Show the meeting card with prompts in calendars');
    expect(await cardSwitch.isEnabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Aktuella ärenden' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Current matters on the agenda' }).isChecked()).toBe(
      true,
    );
    const dataTop = await page.getByRole('heading', { name: 'Your data' }).boundingBox();

    await page.evaluate(() =>
      (globalThis as unknown as { __answerPolicy(p: unknown): void }).__answerPolicy({
        promptsEnabled: true,
      }),
    );
    await expect.poll(() => cardSwitch.isDisabled()).toBe(true);
    expect(await cardSwitch.isChecked()).toBe(true);
    expect(await page.getByText('Set by your organisation').count()).toBe(1);
    // The lock is a note in place: the sections below stay where they were.
    expect((await page.getByRole('heading', { name: 'Your data' }).boundingBox())?.y).toBe(dataTop?.y);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'options-policy-1280x720.png') });
    await page.close();
  });

  // After "delete all" above: a fresh draft, so the tests before see only their own.
  it('keeps what was typed in every tab when switching tabs, and the draft after closing', async () => {
    let page = await openCanvas();
    const title = () => page.locator('input[name=themeTitle]');
    await title().fill('Trivsel i skolen');
    // Straight to another tab, before the draft's save has run.
    await page.getByRole('tab', { name: 'Workshop' }).click();
    const participants = page.getByRole('tabpanel').getByLabel('Participants', { exact: true });
    await participants.fill('17');
    await page.getByRole('tab', { name: 'Decide' }).click();
    await page.getByRole('tab', { name: 'Theme canvas' }).click();
    expect(await title().inputValue()).toBe('Trivsel i skolen');
    await page.getByRole('tab', { name: 'Workshop' }).click();
    expect(await participants.inputValue()).toBe('17');
    await page.getByRole('tab', { name: 'Theme canvas' }).click();
    await page.close({ runBeforeUnload: true });
    page = await openCanvas();
    expect(await title().inputValue()).toBe('Trivsel i skolen');
    await page.close();
  });

  it('speaks the language chosen in the options, also in a tab already open, and paints in it next time', async () => {
    let page = await openPage(popupPath);
    await page.getByRole('tab', { name: 'Decide' }).click();
    const legend = page.getByRole('tabpanel').locator('legend').first();
    await legend.waitFor();
    const english = await legend.textContent();
    await page.evaluate(() => chrome.storage.local.set({ 'netverk.settings': { language: 'da' } }));
    await page.getByRole('tab', { name: 'Temaskema' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    // The React tab already shown follows too.
    await expect.poll(() => legend.textContent()).not.toBe(english);
    await page.getByRole('tab', { name: 'Temaskema' }).click();
    expect(await page.getByRole('tabpanel').getByLabel('Temaets titel').isEnabled()).toBe(true);
    await page.close();
    // Opened again: Danish from the first paint on (the popup remembers the language it last had).
    page = await openPage(popupPath);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Temaskema');
    await page.evaluate(() => chrome.storage.local.remove('netverk.settings'));
    await page.getByRole('tab', { name: 'Theme canvas' }).waitFor();
    await page.close();
  });

  it("prerenders each language's first view into its popup page, and the worker opens the user's", async () => {
    const pages = { da: 'Temaskema', sv: 'Temaunderlag', en: 'Theme canvas' } as const;
    for (const [locale, canvasTab] of Object.entries(pages)) {
      const html = readFileSync(join(dir, `src/popup/popup-${locale}.html`), 'utf8');
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(`<div class="popup" data-locale="${locale}">`);
      expect(html).toContain(`>${canvasTab}</span>`);
      for (const name of ['themeTitle', 'networkName', 'challenge'])
        expect(html).toMatch(new RegExp(`name="${name}"`));
    }
    expect(popupPath).toBe('src/popup/popup-en.html');
    const popupNow = () => worker.evaluate(() => chrome.action.getPopup({}));
    const page = await openPage(popupPath);
    await page.evaluate(() => chrome.storage.local.set({ 'netverk.settings': { language: 'sv' } }));
    await expect.poll(popupNow, { timeout: 10_000 }).toMatch(/\/src\/popup\/popup-sv\.html$/);
    await page.evaluate(() => chrome.storage.local.remove('netverk.settings'));
    await expect.poll(popupNow, { timeout: 10_000 }).toMatch(/\/src\/popup\/popup-en\.html$/);
    await page.close();
  });

  it('keeps what was typed before the script ran: it becomes the draft, as text, never markup', async () => {
    // The prerendered page with its script held back until the test lets it run.
    const html = readFileSync(join(dir, 'src/popup/popup-en.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="(\/assets\/popup-main-[\w-]+\.js)"><\/script>/.exec(
      html,
    )?.[1];
    expect(entry).toBeDefined();
    writeFileSync(
      join(dir, 'src/popup/held-popup.html'),
      html
        .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
        .replace('</body>', '<script type="module" src="/held-popup.js"></script></body>'),
    );
    writeFileSync(
      join(dir, 'held-popup.js'),
      `await new Promise((run) => { window.hydrate = run; });\nawait import(${JSON.stringify(entry)});\n`,
    );
    const hostile = '<img src=x onerror="window.pwned=1">Trivsel & ro';
    const page = await openPage('src/popup/held-popup.html');
    const title = page.locator('input[name=themeTitle]');
    expect(await title.isEnabled()).toBe(true);
    // The prerendered markup alone is accessible (labels, tabs, one view).
    expect(await axeViolations(page)).toEqual([]);
    await title.fill(hostile);
    await page.getByLabel('The challenge or opportunity').fill('Før scriptet');
    await page.evaluate(() => (window as unknown as { hydrate(): void }).hydrate());
    await page.getByTestId('save-status').getByText('Saved').waitFor();
    expect(await title.inputValue()).toBe(hostile);
    await page.close();
    const reopened = await openCanvas();
    expect(await reopened.locator('input[name=themeTitle]').inputValue()).toBe(hostile);
    expect(await reopened.getByLabel('The challenge or opportunity').inputValue()).toBe('Før scriptet');
    expect(await reopened.locator('main img').count()).toBe(0);
    expect(await reopened.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await reopened.close();
  });

  it('renders the first view again, at once, when its page is of another language than the popup had', async () => {
    // Swedish chosen, and the Danish page opened (as before the worker switched the toolbar's page).
    const page = await openPage(popupPath);
    await page.evaluate(async () => {
      localStorage.setItem('netverk.popupLocale', 'sv');
      await chrome.storage.local.set({ 'netverk.settings': { language: 'sv' } });
    });
    await page.close();
    const danish = await openPage('src/popup/popup-da.html');
    expect(readFileSync(join(dir, 'src/popup/popup-da.html'), 'utf8')).toContain('data-locale="da"');
    expect(await danish.locator('html').getAttribute('lang')).toBe('sv');
    expect(await danish.locator('.popup').getAttribute('data-locale')).toBe('sv');
    expect(await danish.locator('.popup').count()).toBe(1);
    expect(await danish.getByRole('tab', { selected: true }).textContent()).toBe('Temaunderlag');
    // Hydrated: the tabs switch and the form takes typing.
    await danish.locator('[data-tab=drafts]').click();
    expect(await danish.locator('[data-tab-panel=canvas]').isHidden()).toBe(true);
    await danish.getByRole('tab', { name: 'Temaunderlag' }).click();
    await expect.poll(() => danish.locator('input[name=themeTitle]').isEnabled()).toBe(true);
    await danish.evaluate(() => chrome.storage.local.remove('netverk.settings'));
    await danish.getByRole('tab', { name: 'Theme canvas' }).waitFor();
    await danish.close();
  });

  it('shows the card on the active calendar tab when asked from the popup', async () => {
    const popup = await openPage(popupPath);
    const calendar = await context.newPage();
    await calendar.goto(calendarUrl);
    await calendar.bringToFront();
    expect(await calendar.locator('[data-netverk="overlay"]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Show Netverk on this page' }).click();
    await popup.getByText('Netverk is shown on the page.').waitFor();
    await calendar.locator('[data-netverk="overlay"]').waitFor({ state: 'attached' });
    await calendar.close();
    // With no content script in the active tab (the popup itself), it says so.
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Show Netverk on this page' }).click();
    await popup.getByText('Netverk does not run on this page.').waitFor();
    await popup.close();
  });

  it('sent no request off the machine', () => {
    expect(outgoing).toEqual([]);
  });
});
