import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAddinBaseUrl } from '../../extension/outlook-addin-build.ts';
import { addinMessages } from '../../extension/src/outlook-addin/addin-messages.ts';
import { checkMeeting, createTranslator, proposeSession } from '../../shared/index.ts';
import { launchChromium } from './launch-chromium.ts';

/**
 * The BUILT Outlook add-in's task pane in Chromium, at its hosted address, with Microsoft's Office.js
 * CDN address routed to our strict stand-in (tests/outlook/office-stand-in.js): the same card as the
 * extension's, insert once however often, the agenda rule's warning, a Swedish workshop, the
 * requirement sets, axe. Nothing here has run in a real Outlook. Screenshots: test-results/outlook-addin/.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const dist = resolve(repoRoot, 'dist/outlook-addin');
const shots = join(repoRoot, 'test-results/outlook-addin');
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const standIn = readFileSync(resolve(repoRoot, 'tests/outlook/office-stand-in.js'), 'utf8');
const axeSource = readFileSync(resolve(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};
// Fixed clock: a Tuesday three weeks ahead of "now", in Copenhagen.
const now = new Date('2026-11-10T12:00:00+01:00');
const card = '[data-netverk="inline"]';
const people = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ emailAddress: `p${i}@example.org`, displayName: `P ${i}` }));

let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Always the add-in as it is now (two seconds); NODE_ENV=production, as `npm run build` builds it.
  execFileSync('npm', ['run', '--silent', 'build:outlook-addin', '--', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the task pane in a fresh context with the stand-in configured; records every request. */
async function openPane(config: Record<string, unknown>): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ timezoneId: 'Europe/Copenhagen', locale: 'da-DK' });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === officeJs) return route.fulfill({ body: standIn, contentType: 'text/javascript' });
    if (url.startsWith(defaultAddinBaseUrl)) {
      const file = resolve(dist, new URL(url).pathname.split('/').pop() ?? '');
      return route.fulfill({
        body: readFileSync(file),
        contentType: types[extname(file)] ?? 'application/octet-stream',
      });
    }
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await page.addInitScript((c) => {
    (globalThis as Record<string, unknown>).__officeStandInConfig = c;
  }, config);
  await page.goto(`${defaultAddinBaseUrl}taskpane.html`);
  await page.locator(`${card} .body`).waitFor({ state: 'attached' });
  return { page, requests };
}

/** axe-core's serious and critical violations on the page as it stands. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe;
    return (await axe.run()).violations.map((v) => `${v.impact}: ${v.id}`);
  });
  return violations.filter((v) => /^(serious|critical)/.test(v));
}

const standInCall = <T>(page: Page, script: string) =>
  page.evaluate(`globalThis.__officeStandIn.${script}`) as Promise<T>;
const promptIds = (page: Page) =>
  page
    .locator(`${card} li.prompt`)
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.promptId));

const meeting = {
  start: '2026-12-01T08:00:00Z', // 09:00 in Copenhagen
  end: '2026-12-01T09:30:00Z',
};

describe('the Outlook add-in task pane', () => {
  it('shows the prompts once a Danish network-meeting subject is typed (Outlook has no subject event)', async () => {
    const { page, requests } = await openPane({ displayLanguage: 'da-DK', subject: '', ...meeting });
    const t = createTranslator(addinMessages, 'da');
    await expect.poll(() => page.locator('p.hint').textContent()).toBe(t('notOurs'));
    expect(await page.locator(`${card} li.prompt`).first().isVisible()).toBe(false);
    await standInCall(page, `setSubject('Netværksmøde HR')`);
    await expect.poll(() => page.locator('p.hint').count(), { timeout: 5000 }).toBe(0);
    await page.locator(`${card} li.prompt[data-prompt-id="agenda"]`).waitFor();
    expect(await page.locator(`${card} h2`).first().textContent()).toBe('Netværksmøde');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await page.screenshot({ path: join(shots, 'taskpane-da.png'), fullPage: true });
    // Only the pane's own files and Microsoft's CDN: nothing else leaves the user's machine.
    expect(requests.filter((url) => url !== officeJs && !url.startsWith(defaultAddinBaseUrl))).toEqual([]);
    await page.context().close();
  });

  it('inserts the agenda twice and leaves one, in a body Outlook rewrites', async () => {
    const { page } = await openPane({
      displayLanguage: 'da-DK',
      subject: 'Netværksmøde HR',
      ...meeting,
      requiredAttendees: people(8),
      bodyHtml: '<p class="MsoNormal" data-x="1">Hej alle,</p><!-- Outlook drops this -->',
    });
    const insert = page.locator(`${card} [data-netverk-action="insert-agenda"]`);
    const status = page.locator(`${card} [role="status"]`);
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('Dagsordenen står nu i beskrivelsen.');
    await insert.click();
    await expect.poll(() => status.textContent()).toBe('Dagsordenen i beskrivelsen er opdateret.');
    const text = await standInCall<string>(page, 'bodyText()');
    expect(text.match(/Dagsorden/g)).toHaveLength(1);
    expect(text.startsWith('Hej alle,')).toBe(true);
    expect(text).toMatch(/09:00–09:\d\d {2}\S/);
    const html = await standInCall<string>(page, 'bodyHtml()');
    expect(html).not.toMatch(/data-x|<!--/);
    // The agenda prompt is gone: the pane read the body back.
    await expect.poll(() => promptIds(page)).not.toContain('agenda');
    await page.context().close();
  });

  it('puts the agenda on the clipboard when Outlook refuses the body write, and says so', async () => {
    const { page } = await openPane({
      displayLanguage: 'en-US',
      subject: 'Network meeting HR',
      ...meeting,
      failing: ['body.setAsync'],
    });
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: defaultAddinBaseUrl });
    await page.locator(`${card} [data-netverk-action="insert-agenda"]`).click();
    await expect
      .poll(() => page.locator(`${card} [role="status"]`).textContent())
      .toBe(
        'The page did not take the text, so the agenda is on your clipboard: paste it into the description.',
      );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Agenda\u2060\n09:00–/);
    expect(await standInCall<string>(page, 'bodyText()')).toBe('');
    await page.context().close();
  });

  it('warns about a 45-minute meeting for 14 attendees exactly as the card does', async () => {
    const { page } = await openPane({
      displayLanguage: 'en-US',
      subject: 'Network meeting HR',
      start: meeting.start,
      end: '2026-12-01T08:45:00Z',
      requiredAttendees: people(14),
    });
    const draft = {
      title: 'Network meeting HR',
      description: '',
      start: '2026-12-01T09:00:00+01:00',
      end: '2026-12-01T09:45:00+01:00',
      attendees: people(14).map((p) => p.emailAddress),
      timeZone: 'Europe/Copenhagen',
    };
    const expected = checkMeeting(draft, { locale: 'en', now });
    // 14 people in 45 minutes: the agenda rule's warning about the round or the length, as the card words it.
    const warning = expected.find(
      (prompt) => prompt.id === 'round-length' || prompt.id.startsWith('end-time'),
    );
    expect(warning).toBeDefined();
    await expect.poll(() => promptIds(page)).toEqual(expected.map((prompt) => prompt.id));
    const shown = page.locator(`${card} li[data-prompt-id="${warning?.id}"]`);
    expect(await shown.textContent()).toContain(warning?.message);
    expect(await shown.getAttribute('data-severity')).toBe(warning?.severity);
    await page.context().close();
  });

  it('proposes a session for a Swedish workshop subject, timed to the appointment', async () => {
    const subject = 'Idéverkstad: rekrytering';
    const { page } = await openPane({
      displayLanguage: 'sv-SE',
      subject,
      start: meeting.start,
      end: '2026-12-01T10:00:00Z',
    });
    const workshop = page.locator(`${card} section.workshop`);
    await workshop.waitFor();
    expect(await page.locator(`${card} select`).inputValue()).toBe(proposeSession(subject));
    await expect.poll(() => page.locator(`${card} ol.running-order li`).count()).toBeGreaterThan(2);
    expect(await page.locator(`${card} ol.running-order li .time`).first().textContent()).toMatch(/^09:00/);
    await page.locator(`${card} [data-netverk-action="insert-running-order"]`).click();
    await expect
      .poll(() => page.locator(`${card} [role="status"]`).textContent())
      .toBe('Körschemat står nu i beskrivningen.');
    expect(await standInCall<string>(page, 'bodyText()')).toMatch(/^Körschema/m);
    await page.screenshot({ path: join(shots, 'taskpane-sv-workshop.png'), fullPage: true });
    await page.context().close();
  });

  it('makes it a series through the recurrence API, and remembers a dismissal in the roaming settings', async () => {
    const { page } = await openPane({ displayLanguage: 'en-US', subject: 'Network meeting HR', ...meeting });
    await page.locator(`${card} [data-netverk-action="make-series"]`).click();
    await expect
      .poll(() => page.locator(`${card} [role="status"]`).textContent())
      .toBe('The meeting is now a series.');
    const recurrence = await standInCall<{ recurrenceType: string; recurrenceProperties: unknown }>(
      page,
      'state.recurrence',
    );
    expect(recurrence.recurrenceType).toBe('weekly');
    expect(recurrence.recurrenceProperties).toEqual({ interval: 4, days: ['tue'] });
    await expect.poll(() => promptIds(page)).not.toContain('fixed-rhythm-missing');
    const first = page.locator(`${card} li.prompt`).first();
    const id = await first.getAttribute('data-prompt-id');
    await first.locator('button').click();
    await expect
      .poll(async () =>
        Object.values(
          await standInCall<Record<string, string[]>>(page, `state.savedRoaming['netverk.dismissed'] ?? {}`),
        ),
      )
      .toEqual([[id]]);
    await page.context().close();
  });

  it('on Mailbox 1.5 (Exchange on premises) hides the event features and says which this Outlook lacks', async () => {
    const { page } = await openPane({
      mailboxVersion: '1.5',
      displayLanguage: 'en-US',
      subject: 'Network meeting HR',
      ...meeting,
    });
    const t = createTranslator(addinMessages, 'en');
    const list = (which: string) =>
      page
        .locator(`[data-netverk-features="${which}"] li`)
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.feature));
    await expect.poll(() => list('missing')).toEqual(['series', 'follow', 'notice', 'sendCheck']);
    expect(await list('present')).toEqual(['insert']);
    expect(await page.locator('#netverk-missing').textContent()).toBe(
      t('missingHeading', { version: '1.5' }),
    );
    expect(await page.locator(`${card} [data-netverk-action="make-series"]`).isHidden()).toBe(true);
    expect(await page.locator(`${card} [data-netverk-action="download-ics"]`).isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'taskpane-mailbox-1.5.png'), fullPage: true });
    await page.context().close();
    const modern = await openPane({ displayLanguage: 'en-US', subject: 'Network meeting HR', ...meeting });
    expect(await modern.page.locator('[data-netverk-features="missing"]').count()).toBe(0);
    await modern.page.context().close();
  });

  it('has a settings screen used by keyboard alone: language and own words go to the roaming settings, and the pane follows them', async () => {
    const subject = 'Samverkansträff ekonomi';
    const { page } = await openPane({ displayLanguage: 'da-DK', subject, ...meeting });
    const da = createTranslator(addinMessages, 'da');
    const sv = createTranslator(addinMessages, 'sv');
    // Not a network meeting by the built-in words.
    await expect.poll(() => page.locator('p.hint').textContent()).toBe(da('notOurs'));
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('name') ?? el.textContent}` : '';
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`button:${da('settingsButton')}`);
    await page.keyboard.press('Enter');
    const toggle = page.getByRole('button', { name: da('settingsButton'), exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('heading', { name: da('settingsHeading') }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('select:language');
    await page.keyboard.press('ArrowDown'); // Dansk
    await page.keyboard.press('ArrowDown'); // Svenska
    expect(await page.getByLabel(da('languageLabel')).inputValue()).toBe('sv');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('textarea:keywords');
    await page.keyboard.type('Samverkansträff\n  \nSamverkansträff');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('textarea:workshopKeywords');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`button:${da('saveSettings')}`);
    await page.keyboard.press('Enter');
    // Saved in Swedish, the pane now speaks Swedish, and the user's word makes the meeting one of ours.
    await expect.poll(() => page.locator('.settings-status').textContent()).toBe(sv('settingsSaved'));
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.locator(`${card} li.prompt[data-prompt-id="agenda"]`).waitFor();
    expect(await page.locator('p.hint').count()).toBe(0);
    expect(await page.getByLabel(sv('keywordsLabel')).inputValue()).toBe('Samverkansträff');
    expect(await standInCall(page, `state.savedRoaming['netverk.settings']`)).toEqual({
      language: 'sv',
      keywords: ['Samverkansträff'],
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'taskpane-settings-sv.png'), fullPage: true });
    const saved = await standInCall<Record<string, unknown>>(page, 'state.savedRoaming');
    await page.context().close();
    // The next time the pane opens it reads what was saved, as Outlook loads roaming settings then.
    const again = await openPane({ displayLanguage: 'da-DK', subject, ...meeting, roamingSettings: saved });
    await again.page.locator(`${card} li.prompt[data-prompt-id="agenda"]`).waitFor();
    expect(await again.page.locator('html').getAttribute('lang')).toBe('sv');
    await again.page.getByRole('button', { name: sv('settingsButton'), exact: true }).click();
    expect(await again.page.getByLabel(sv('languageLabel')).inputValue()).toBe('sv');
    await again.page.context().close();
  });

  it('keeps what the user typed when the settings are refused: a word too long (naming its JSON path) or Outlook not saving', async () => {
    const { page } = await openPane({
      displayLanguage: 'en-US',
      subject: 'Network meeting HR',
      ...meeting,
      failing: ['roamingSettings.saveAsync'],
    });
    const t = createTranslator(addinMessages, 'en');
    await page.getByRole('button', { name: t('settingsButton'), exact: true }).click();
    const words = page.getByLabel(t('keywordsLabel'));
    const long = 'x'.repeat(501);
    await words.fill(`Cluster meeting\n${long}`);
    await page.getByRole('button', { name: t('saveSettings') }).click();
    const alert = page.locator('.settings [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain(t('settingsNotSaved'));
    expect(await alert.locator('li').textContent()).toMatch(
      new RegExp(`^${t('keywordsLabel')} \\(\\$\\.keywords\\[1\\]\\): .*500`),
    );
    expect(await words.inputValue()).toBe(`Cluster meeting\n${long}`);
    expect(await words.getAttribute('aria-invalid')).toBe('true');
    await words.fill('Cluster meeting');
    await page.getByRole('button', { name: t('saveSettings') }).click();
    await expect
      .poll(() => alert.textContent())
      .toBe(t('settingsSaveFailed', { error: 'the settings could not be saved' }));
    expect(await words.inputValue()).toBe('Cluster meeting');
    expect(await standInCall(page, 'state.savedRoaming')).toEqual({});
    expect(await page.locator('.settings-status').textContent()).toBe('');
    await page.context().close();
  });

  it('has no serious or critical axe violation', async () => {
    const { page } = await openPane({
      mailboxVersion: '1.5',
      displayLanguage: 'da-DK',
      subject: 'Netværksmøde HR',
      ...meeting,
    });
    await page.locator(`${card} li.prompt`).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
