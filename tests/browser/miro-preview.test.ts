import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/index.ts';
import { axeViolations as axeOn } from './axe-violations.ts';
import { repoRoot, type ServedBuild, serveBuild } from './serve-build.ts';

/**
 * The local preview in real Chromium, used as a person would: generate a theme canvas with hostile
 * text, let "participants" add notes, harvest them, decide a network type, remove everything.
 * Runs axe on the panel in every tab and saves screenshots to test-results/miro-preview/.
 */
const shots = join(repoRoot, 'test-results/miro-preview');
const hostileNetwork = '<img src=x onerror=alert(1)> Net & "Co"';
const hostileTheme = "</p><script>alert('theme')</script> & more";
const hostileNote = '<b>not bold</b> & "quoted"';

let site: ServedBuild;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // The test build: the preview exposes its stand-in (window.__netverkStandIn) for inspection only.
  site = await serveBuild('miro-app-test');
  context = await site.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  mkdirSync(shots, { recursive: true });
  page = await context.newPage();
  // An action that cannot happen fails in 10 s with what it waited for, never hangs the file.
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.origin}/preview.html`);
});

afterAll(() => site?.close());

const panel = () => page.locator('.netverk-preview-panel');
const openTab = (name: string) => page.getByRole('tab', { name }).click();
const screenshot = (name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, animations: 'disabled' });

interface StandInItem {
  id: string;
  type: string;
  parentId: string | null;
  content?: string;
  title?: string;
}

function standInItems(): Promise<StandInItem[]> {
  return page.evaluate(() => (window.__netverkStandIn?.inspect.items() ?? []) as StandInItem[]);
}

/** axe-core on the panel column, or on `selector` of another page. */
const axeViolations = (selector = '.netverk-preview-panel', on: Page = page) => axeOn(on, selector);

describe('the Miro app outside Miro', () => {
  it.each(['index.html', 'app.html'])('%s points a person to the local preview', async (file) => {
    const other = await context.newPage();
    await other.goto(`${site.origin}/${file}`);
    const link = other.getByRole('link', { name: 'Open the local preview' });
    await other.screenshot({ path: join(shots, `outside-miro-${file.replace('.html', '')}.png`) });
    expect(await axeViolations('body', other)).toEqual([]);
    await link.click();
    await other.waitForURL(/preview\.html$/);
    await other.close();
  });
});

describe('the local preview', () => {
  it('shows the panel in a 320 px column beside an empty stand-in board', async () => {
    const box = await panel().boundingBox();
    expect(box?.width).toBe(320);
    await expect.poll(() => page.getByText('The board is empty.').isVisible()).toBe(true);
    expect(await axeViolations('body')).toEqual([]);
    await screenshot('0-start');
  });

  it('Generate: theme canvas with hostile text puts a frame on the board', async () => {
    // The Generate tab opens on sessions: a single template is the other choice.
    await panel().getByRole('radio', { name: 'A single template' }).check();
    await panel()
      .getByRole('radio', { name: /Theme canvas/ })
      .check();
    await panel().getByLabel('Network name').fill(hostileNetwork);
    await panel().getByLabel('Theme', { exact: true }).fill(hostileTheme);
    expect(await axeViolations()).toEqual([]);
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(() => panel().getByRole('status').first().textContent(), { timeout: 20_000 })
      .toMatch(/is on the board/);
    const items = await standInItems();
    expect(items.filter((item) => item.type === 'frame')).toHaveLength(1);
    const contents = items.map((item) => item.content ?? '').join('\n');
    // Typed text reaches item content escaped: visible as text, never as markup.
    expect(contents).not.toMatch(/<script|<img/i);
    expect(contents).toContain('&lt;/p&gt;&lt;script&gt;');
    // A frame title is plain text in Miro, so there the typed text stays exactly as typed.
    expect(items.find((item) => item.type === 'frame')?.title).toContain(hostileNetwork);
    await expect
      .poll(() => page.locator('.netverk-preview-svg').getAttribute('data-item-count'))
      .not.toBeNull();
    expect(await axeViolations()).toEqual([]);
    await screenshot('1-generated');
  });

  it('Harvest: notes participants add show per zone, and leave as Markdown, CSV and JSON', async () => {
    // A participant clicks a zone and types a note; another reaches a zone by keyboard and presses Enter.
    const board = page.getByRole('application', { name: 'Board view' });
    await board.getByRole('button', { name: 'Add a note to “The challenge or opportunity”' }).click();
    const dialog = page.getByRole('dialog', { name: 'New note in “The challenge or opportunity”' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The text field has focus at once: typing goes straight into the note.
    await page.keyboard.type(hostileNote);
    expect(await dialog.getByLabel('Note text').inputValue()).toBe(hostileNote);
    expect(await axeViolations('body')).toEqual([]);
    await screenshot('2a-add-note-dialog');
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByRole('status').filter({ hasText: 'Note added to' }).count()).toBe(1);

    const second = board.getByRole('button', { name: 'Add a note to “Perspectives so far”' });
    await second.focus();
    await page.keyboard.press('Enter');
    const secondDialog = page.getByRole('dialog', { name: 'New note in “Perspectives so far”' });
    await expect.poll(() => secondDialog.isVisible()).toBe(true);
    // An empty note is refused with a message, and Escape keeps what was typed for next time.
    await secondDialog.getByRole('button', { name: 'Add note' }).click();
    expect(await secondDialog.getByRole('alert').textContent()).toBe('Write something first.');
    await page.keyboard.type('Second idea 1');
    await page.keyboard.press('Escape');
    await expect.poll(() => secondDialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Add a note to “Perspectives so far”',
    );
    // Enter on the zone straight away (focused where Escape left it) reopens the dialog with the draft:
    // one keystroke, pressed once, even while the board is still easing the zone into view.
    await page.keyboard.press('Enter');
    await expect.poll(() => secondDialog.isVisible()).toBe(true);
    expect(await secondDialog.getByLabel('Note text').inputValue()).toBe('Second idea 1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => secondDialog.isVisible()).toBe(false);
    const notes = (await standInItems()).filter((item) => item.type === 'sticky_note' && item.parentId);
    expect(
      notes.map((note) => note.content).filter((c) => c?.includes('not bold') || c?.includes('Second')),
    ).toHaveLength(2);
    // The typed markup is stored as text, never as markup.
    expect(notes.some((note) => note.content?.includes('<b>'))).toBe(false);
    await screenshot('2b-notes-added');

    await openTab('Harvest');
    await panel().getByRole('button', { name: 'Read notes' }).click();
    const results = panel().locator('.netverk-harvest');
    await expect.poll(() => results.getByText(hostileNote, { exact: true }).count()).toBe(1);
    expect(await results.getByText('Second idea 1', { exact: true }).count()).toBe(1);
    // Only the two zones with notes show; the empty ones are counted, not listed (as in the minutes).
    expect(await results.locator('.netverk-zone-title').count()).toBe(2);
    expect(await results.getByText(/empty fields are left out/).count()).toBe(1);
    expect(await axeViolations()).toEqual([]);
    await screenshot('2-harvest');

    await panel().getByRole('button', { name: 'Copy as Markdown' }).click();
    // Markdown escapes the note's own markup characters; the words arrive.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/not bold.*quoted/);
    for (const [button, extension] of [
      ['Download CSV', 'csv'],
      ['Download JSON', 'json'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel().getByRole('button', { name: button }).click(),
      ]);
      // Named after the board and its day, and said so in the panel's status.
      const name = download.suggestedFilename();
      expect(name).toMatch(new RegExp(`^Theme canvas .* \\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
      expect(await panel().getByRole('status').getByText(`Saved as ${name}.`).count()).toBe(1);
      const text = readFileSync((await download.path()) ?? '', 'utf8');
      expect(text).toContain('not bold');
      // The CSV names the template by its title; the JSON keeps ids for machines.
      if (extension === 'csv') expect(text).not.toContain('theme-canvas');
    }
    // The board reading, for `netverk harvest`: flat records with the note's text as typed.
    const [readingDownload] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('button', { name: 'Download board content (JSON)' }).click(),
    ]);
    expect(readingDownload.suggestedFilename()).toMatch(/^Theme canvas .*\.reading\.json$/);
    const reading = JSON.parse(readFileSync((await readingDownload.path()) ?? '', 'utf8'));
    expect(reading.readingVersion).toBe(1);
    expect(reading.items.map((item: { text: string }) => item.text)).toContain(hostileNote);

    await panel().getByRole('button', { name: 'Write summary on board' }).click();
    await expect
      .poll(() => panel().getByText('The summary is on the board.').count(), { timeout: 20_000 })
      .toBe(1);
    expect((await standInItems()).filter((item) => item.type === 'frame')).toHaveLength(2);
    // Minutes to paste into an e-mail: HTML for Outlook and plain text beside it, one clipboard item.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await panel().getByRole('button', { name: 'Copy minutes' }).click();
    await expect
      .poll(() => panel().getByText('The minutes were copied: paste them into an e-mail.').count())
      .toBe(1);
    // Chromium reads the clipboard only for a focused page; a read that hangs fails the test in 3 s.
    await page.bringToFront();
    const copied = await page.evaluate(async () => {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('navigator.clipboard.read() hung')), 3000),
      );
      const [item] = await Promise.race([navigator.clipboard.read(), timeout]);
      const read = async (type: string) =>
        item?.types.includes(type) ? (await item.getType(type)).text() : '';
      return {
        types: [...(item?.types ?? [])],
        html: await read('text/html'),
        plain: await read('text/plain'),
      };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.plain).toMatch(/^Minutes – /);
    // Plain text as typed: no Markdown, no escapes.
    expect(copied.plain).toContain(`• ${hostileNote}`);
    expect(copied.plain).not.toMatch(/^#|\\/m);
    expect(copied.html).toContain('<h2>Minutes – ');
    // The HTML carries the note as text, never as markup.
    expect(copied.html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
    expect(copied.html).not.toContain('<b>not bold');
    // Writing the summary again replaces it: still one summary frame.
    await panel().getByRole('button', { name: 'Write summary on board' }).click();
    await expect
      .poll(() => panel().getByText('The summary on the board was updated.').count(), { timeout: 20_000 })
      .toBe(1);
    expect((await standInItems()).filter((item) => item.type === 'frame')).toHaveLength(2);
  });

  it('Decide: a keyboard-only wizard gives a result card that can be placed on the board', async () => {
    await page.getByRole('tab', { name: 'Harvest' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Decide' }).getAttribute('aria-selected')).toBe('true');

    const count = await page.evaluate(() => document.querySelectorAll('.netverk-question').length);
    expect(count).toBe(1);
    for (let step = 0; step < 5; step += 1) {
      const question = panel().locator('.netverk-question');
      await question.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      if (step === 1) await screenshot('3a-decide-step-keyboard');
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() =>
        panel()
          .getByRole('heading', { name: /Suggested type|Two types/ })
          .count(),
      )
      .toBe(1);
    expect(await panel().locator('.netverk-type-card').count()).toBeGreaterThanOrEqual(1);
    expect(await axeViolations()).toEqual([]);
    await screenshot('3-decide-result');

    await panel().getByRole('button', { name: 'Place on board' }).click();
    await expect
      .poll(() => panel().getByText('The result is on the board.').count(), { timeout: 20_000 })
      .toBe(1);
    expect((await standInItems()).filter((item) => item.type === 'frame')).toHaveLength(3);
    await screenshot('4-decision-placed');
  });

  it('Boards: removing every generated board after confirming leaves only the participants’ notes', async () => {
    await openTab('Boards');
    const list = panel().getByRole('list', { name: 'Generated boards' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    expect(await axeViolations()).toEqual([]);
    await list
      .getByRole('button', { name: /^Remove / })
      .first()
      .click();
    await screenshot('5-remove-confirm');
    expect(await axeViolations()).toEqual([]);
    await list.getByRole('button', { name: 'Keep it' }).click();
    expect(await list.getByRole('listitem').count()).toBe(3);

    for (let left = 3; left > 0; left -= 1) {
      await list
        .getByRole('button', { name: /^Remove / })
        .first()
        .click();
      await list.getByRole('button', { name: 'Yes, remove' }).click();
      await expect.poll(() => list.getByRole('listitem').count(), { timeout: 20_000 }).toBe(left - 1);
    }
    // Netverk removes what it made; the notes participants wrote are theirs and stay.
    await expect
      .poll(async () => (await standInItems()).map((item) => item.type))
      .toEqual(['sticky_note', 'sticky_note']);
    expect(await panel().getByText('No generated boards yet.', { exact: false }).count()).toBe(1);
    await screenshot('6-removed');
  });

  it('speaks Danish and Swedish when chosen, and remembers the choice', async () => {
    await panel().getByLabel('Language').selectOption('da');
    expect(await page.getByRole('tab', { name: 'Opsamling' }).count()).toBe(1);
    await openTab('Opret');
    await screenshot('7-danish');
    expect(await axeViolations()).toEqual([]);
    await page.reload();
    expect(await page.getByRole('tab', { name: 'Opret' }).count()).toBe(1);
    await panel().getByLabel('Sprog').selectOption('sv');
    expect(await page.getByRole('tab', { name: 'Sammanställ' }).count()).toBe(1);
    await panel().getByLabel('Språk').selectOption('en');
  });
});

describe('errors on the board', () => {
  it('a refused write shows a localized error in the panel and as a Miro notification', async () => {
    const failing = await context.newPage();
    await failing.goto(`${site.origin}/preview.html`);
    // The fault switch, as a person sets it: the preview's settings, then a restart.
    await failing.getByText('Preview settings: speed and faults').click();
    await failing.getByLabel('Make board write number … fail (empty: none)').fill('5');
    await failing.getByLabel('Kind of failure').selectOption('permanent');
    expect(await axeViolations('body', failing)).toEqual([]);
    await failing.getByRole('button', { name: 'Restart with these settings' }).click();
    await failing.waitForURL(/preview\.html\?latency=20&fail=5%3Apermanent$/);
    const column = failing.locator('.netverk-preview-panel');
    await column.getByRole('button', { name: 'Generate board' }).click();
    const alert = column.getByRole('alert').first();
    await expect
      .poll(() => alert.textContent(), { timeout: 20_000 })
      .toContain('The board refused the change.');
    // The notification goes out through the board port, which may answer after the panel has shown the alert.
    await expect
      .poll(() => failing.evaluate(() => window.__netverkStandIn?.inspect.notifications() ?? []), {
        timeout: 20_000,
      })
      .toEqual([{ kind: 'error', message: 'The board refused the change.' }]);
    await expect.poll(() => failing.evaluate(() => window.__netverkStandIn?.inspect.items().length)).toBe(0);
    await failing.screenshot({ path: join(shots, '8-error.png'), fullPage: true });
    await failing.close();
  });

  it('Cancel during a slow generation stops it and leaves nothing behind', async () => {
    const slow = await context.newPage();
    await slow.goto(`${site.origin}/preview.html?latency=1000`);
    const column = slow.locator('.netverk-preview-panel');
    await column.getByRole('button', { name: 'Generate board' }).click();
    const bar = column.getByRole('progressbar', { name: 'Progress' });
    await expect
      .poll(() => bar.getAttribute('aria-valuenow').then(Number), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBeGreaterThan(10);
    await slow.screenshot({ path: join(shots, '9-progress.png'), fullPage: true, animations: 'disabled' });
    await column.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => column.getByRole('status').first().textContent(), { timeout: 20_000 })
      .toContain('Cancelled.');
    expect(await column.getByRole('alert').first().textContent()).toBe('');
    // The Cancel button is gone: keyboard focus lands on Generate again, not on the page.
    expect(await slow.evaluate(() => document.activeElement?.textContent)).toBe('Generate board');
    await expect.poll(() => slow.evaluate(() => window.__netverkStandIn?.inspect.items().length)).toBe(0);
    await slow.close();
  }, 60_000);
});

describe('the preview board', () => {
  const themeCanvasSv = findTemplate('theme-canvas')?.title.sv ?? 'theme canvas';
  let board: Page;
  const view = () => board.getByRole('application', { name: 'Board view' });
  const picture = () => board.locator('.netverk-preview-svg');
  const zoom = async () =>
    Number((await board.locator('.netverk-board-zoom').textContent())?.match(/\d+/)?.[0]);
  const position = async () => (await picture().boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };

  afterAll(async () => {
    await board?.close();
  });

  it('"Add sample notes" fills every zone with notes in the board’s language', async () => {
    board = await context.newPage();
    await board.goto(`${site.origin}/preview.html`);
    const column = board.locator('.netverk-preview-panel');
    await board.getByRole('button', { name: 'Add sample notes' }).click();
    await expect
      .poll(() => board.getByRole('status').filter({ hasText: 'Generate a board first' }).count())
      .toBe(1);
    await column.getByLabel('Language').selectOption('sv');
    await column.getByRole('radio', { name: 'En enskild mall' }).check();
    await column.getByRole('radio', { name: themeCanvasSv }).check();
    await column.getByRole('button', { name: 'Skapa tavla' }).click();
    await expect
      .poll(() => column.getByRole('status').first().textContent(), { timeout: 20_000 })
      .toMatch(/finns på tavlan/);
    await column.getByLabel('Språk').selectOption('en');
    const zones = await view()
      .getByRole('button', { name: /^Add a note to/ })
      .count();
    expect(zones).toBeGreaterThan(8);
    await board.getByRole('button', { name: 'Add sample notes' }).click();
    const status = board.getByRole('status').filter({ hasText: /sample notes added/ });
    await expect.poll(() => status.count()).toBe(1);
    const added = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(added).toBeGreaterThanOrEqual(zones);
    const notes = await board.evaluate(
      () => window.__netverkStandIn?.inspect.items().filter((item) => item.type === 'sticky_note') ?? [],
    );
    // A Swedish board gets Swedish notes.
    expect(notes.map((note) => String(note.content)).join(' ')).toContain('Biblioteken ser samma personer');
    expect(await axeViolations('body', board)).toEqual([]);
    await board.screenshot({ path: join(shots, '10-sample-notes.png'), animations: 'disabled' });
  });

  it('zooms and pans with the keyboard, the buttons and the mouse', async () => {
    await view().focus();
    // After generating, the view shows the new board (Miro's zoomTo); 0 fits the whole board.
    await board.keyboard.press('0');
    const fitted = await zoom();
    await board.keyboard.press('+');
    expect(await zoom()).toBeGreaterThan(fitted);
    await board.keyboard.press('-');
    await board.keyboard.press('-');
    expect(await zoom()).toBeLessThan(fitted);
    await board.keyboard.press('0');
    expect(await zoom()).toBe(fitted);

    const before = await position();
    await board.keyboard.press('ArrowLeft');
    await board.keyboard.press('ArrowUp');
    const moved = await position();
    expect(moved.x).toBeGreaterThan(before.x);
    expect(moved.y).toBeGreaterThan(before.y);

    await board.getByRole('button', { name: 'Zoom in' }).click();
    await board.getByRole('button', { name: 'Zoom in' }).click();
    const zoomedIn = await zoom();
    expect(zoomedIn).toBeGreaterThan(fitted);
    await board.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom()).toBeLessThan(zoomedIn);
    await board.getByRole('button', { name: 'Fit board' }).click();
    expect(await zoom()).toBe(fitted);

    const area = (await view().boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    await board.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await board.mouse.wheel(0, -400);
    await expect.poll(zoom).toBeGreaterThan(fitted);
    const beforeDrag = await position();
    await board.mouse.down();
    await board.mouse.move(area.x + area.width / 2 + 120, area.y + area.height / 2 + 60, { steps: 6 });
    await board.mouse.up();
    const dragged = await position();
    expect(dragged.x - beforeDrag.x).toBeCloseTo(120, -1);
    expect(dragged.y - beforeDrag.y).toBeCloseTo(60, -1);
    // A drag is not a click: no note dialog opened.
    expect(await board.getByRole('dialog').count()).toBe(0);
    await board.screenshot({ path: join(shots, '11-zoomed.png'), animations: 'disabled' });
    await board.keyboard.press('0');
  });

  it('shows Miro’s board timer while it runs', async () => {
    expect(await board.getByRole('timer').count()).toBe(0);
    // What the facilitator's Run view does through the board port.
    await board.evaluate(() => window.__netverkStandIn?.timer.start(5 * 60_000));
    const timer = board.getByRole('timer', { name: /^Board timer: \d minutes? and \d+ seconds? left$/ });
    await expect.poll(() => timer.textContent()).toMatch(/^[45]:\d\d$/);
    expect(await axeViolations('body', board)).toEqual([]);
    await board.screenshot({ path: join(shots, '12-board-timer.png'), animations: 'disabled' });
    await board.evaluate(() => window.__netverkStandIn?.timer.stop());
    await expect.poll(() => board.getByRole('timer').count()).toBe(0);
  });

  it('the timer switch makes a board without Miro’s timer', async () => {
    const free = await context.newPage();
    await free.goto(`${site.origin}/preview.html`);
    await free.getByText('Preview settings: speed and faults').click();
    await free.getByLabel('The board has Miro’s timer (paid plan)').uncheck();
    await free.getByLabel('Latency per board call (ms, 0–5000)').fill('0');
    await free.getByLabel('Rate limit (credits a minute, 100–100000; empty: Miro’s 100000)').fill('50000');
    await free.getByRole('button', { name: 'Restart with these settings' }).click();
    await free.waitForURL(/\?latency=0&credits=50000&timer=off$/);
    expect(await free.evaluate(() => window.__netverkStandIn?.canUse('timer'))).toBe(false);
    await free.close();
  });
});

describe('nothing leaves the browser', () => {
  it('the preview asks only its own server for anything: fonts included', async () => {
    const outside: string[] = [];
    const fresh = await context.newPage();
    fresh.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(site.origin) && !/^(data|blob):/.test(url)) outside.push(url);
    });
    await fresh.goto(`${site.origin}/preview.html`);
    await fresh.locator('.netverk-preview-panel').getByRole('radio', { name: 'A single template' }).check();
    await fresh.locator('.netverk-preview-panel').getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(() => fresh.locator('.netverk-preview-panel').getByRole('status').first().textContent(), {
        timeout: 20_000,
      })
      .toMatch(/is on the board/);
    await fresh.evaluate(() => document.fonts.ready);
    expect(await fresh.evaluate(() => document.fonts.check('16px "Open Sans"'))).toBe(true);
    const fonts = await fresh.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.woff2?$/.test(name)),
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((name) => name.startsWith(site.origin))).toBe(true);
    expect(outside).toEqual([]);
    await fresh.close();
  });
});
