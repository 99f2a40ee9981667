import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSession, prepareSession } from '../../shared/index.ts';
import { axeViolations } from './axe-violations.ts';
import { repoRoot, type ServedBuild, serveBuild } from './serve-build.ts';

/** A whole session generated in the preview, then run block by block in the Run tab. */
const shots = join(repoRoot, 'test-results/miro-run');
let site: ServedBuild;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  site = await serveBuild('miro-app-test');
  context = await site.newContext();
});

afterAll(() => site?.close());

async function generateSession(page: Page, query = '', network = '', goto = true) {
  if (goto) await page.goto(`${site.origin}/preview.html${query}`);
  const panel = page.locator('.netverk-preview-panel');
  await panel.getByRole('tab', { name: 'Generate' }).click();
  await panel.getByRole('radio', { name: /Choose the network type/ }).check();
  await panel.getByLabel('Network name').fill(network);
  await panel.getByLabel('Participants').fill('12');
  await panel.getByLabel('Start time').fill('09:00');
  await panel.getByRole('button', { name: 'Generate board' }).click();
  await expect
    .poll(() => panel.getByRole('status').first().textContent(), { timeout: 25_000 })
    .toMatch(/is on the board/);
  return panel;
}

/** The board's frames, to check what the Run view showed. */
function record(items: { id: string; type: string; title?: unknown }[]) {
  const frames = items.filter((item) => item.type === 'frame');
  return {
    /** Every id is a frame whose title names the block (an activity shows the agenda frame). */
    titled(ids: string[], title: string): boolean {
      return (
        ids.length > 0 &&
        ids.every((id) => frames.some((f) => f.id === id && String(f.title).includes(title)))
      );
    },
  };
}

/**
 * Clicks (with the mouse, as a person would) a zone drawn inside the marked block and adds a note; the
 * note must land in that block's frame. Returns 1 when the block had a zone, else 0.
 */
async function addNoteInMarkedBlock(page: Page, text: string, frames: string[]): Promise<number> {
  const mark = await page.locator('.netverk-current-block').first().boundingBox();
  if (!mark) return 0;
  const zones = page.locator('.netverk-zone-button');
  let target: { x: number; y: number } | undefined;
  for (const box of await zones.evaluateAll((buttons) =>
    buttons.map((b) => b.getBoundingClientRect().toJSON()),
  )) {
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const inside = x > mark.x && x < mark.x + mark.width && y > mark.y && y < mark.y + mark.height;
    if (inside && box.width > 8 && box.height > 8) {
      target = { x, y };
      break;
    }
  }
  if (!target) return 0;
  const before = await page.evaluate(() => window.__netverkStandIn?.inspect.items().length ?? 0);
  await page.mouse.click(target.x, target.y);
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await page.keyboard.type(text);
  await dialog.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  const items = await page.evaluate(() => window.__netverkStandIn?.inspect.items() ?? []);
  expect(items.length).toBe(before + 1);
  const note = items.at(-1);
  expect(note?.type).toBe('sticky_note');
  expect(note?.content).toContain(text);
  expect(frames).toContain(note?.parentId);
  return 1;
}

const session = findSession('choose-the-network-type');
if (!session) throw new Error('the network-type session is built in');
// Timed as the panel times it: through the core's one entry point.
const prepared = prepareSession({ session, locale: 'en', participants: 12, start: '09:00' });
if (!prepared.order) throw new Error('the network-type session fits');
const order = prepared.order;

describe('the Run view', () => {
  it('offers sessions in Generate, then steps through the blocks with Miro’s timer', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/preview.html`);
    const panel = page.locator('.netverk-preview-panel');
    // The Generate tab opens on sessions, with length and blocks, and the running order for the group.
    await panel.getByRole('radio', { name: /Choose the network type/ }).check();
    expect(await panel.getByText(/60 minutes · \d+ blocks/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-0-generate-session.png') });
    await generateSession(page);
    const frames = await page.evaluate(
      () => window.__netverkStandIn?.inspect.items().filter((item) => item.type === 'frame').length,
    );
    // The agenda frame, then one frame per template block and copy.
    const copies = order.entries.filter((e) => e.kind === 'template').reduce((sum, e) => sum + e.copies, 0);
    expect(frames).toBe(1 + copies);

    await panel.getByRole('tab', { name: 'Run' }).click();
    const first = order.entries[0];
    if (!first) throw new Error('no blocks');
    const heading = panel.getByRole('heading', {
      level: 2,
      name: `Block 1 of ${order.entries.length}: ${first.title}`,
    });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await panel.textContent()).toContain(`${first.clock}–${first.endClock}`);
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-1-first-block.png') });

    // Every block: Next moves focus to its heading and the drawn board to the block's frame (marked), where
    // a participant can still add a note by clicking a zone; the timer starts on the board for its minutes.
    const boardPicture = () => page.locator('.netverk-preview-svg').getAttribute('style');
    const marked = page.locator('.netverk-current-block');
    let notesAdded = 0;
    for (const [i, entry] of order.entries.entries()) {
      const before = await boardPicture();
      if (i > 0) {
        await panel.getByRole('button', { name: 'Next', exact: true }).click();
        const name = `Block ${i + 1} of ${order.entries.length}: ${entry.title}`;
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
      } else await panel.getByRole('button', { name: 'Show on board' }).click();
      // The panel says the board shows the block only once it does.
      await expect
        .poll(() => panel.getByRole('status').first().textContent())
        .toBe(`The board shows “${entry.title}”.`);
      const shown = await page.evaluate(() => window.__netverkStandIn?.inspect.zoomedTo() ?? []);
      const frames = record(await page.evaluate(() => window.__netverkStandIn?.inspect.items() ?? []));
      expect(frames.titled(shown, entry.kind === 'template' ? entry.title : '')).toBe(true);
      await expect.poll(() => marked.count()).toBe(shown.length);
      if (i > 0 && entry.kind === 'template') await expect.poll(boardPicture).not.toBe(before);

      notesAdded += await addNoteInMarkedBlock(page, `Note in block ${i + 1}`, shown);

      await panel.getByRole('button', { name: 'Start the timer' }).click();
      await expect
        .poll(() => page.evaluate(() => window.__netverkStandIn?.inspect.timer().totalDuration))
        .toBe(entry.minutes * 60_000);
      const next = order.entries[i + 1];
      expect(await panel.textContent()).toContain(next ? next.title : 'This is the last block');
    }
    // Each template block has zones: a note went into each of them through the moved view.
    expect(notesAdded).toBe(order.entries.filter((e) => e.kind === 'template').length);
    await page.screenshot({ path: join(shots, 'run-2-last-block.png') });
    // Alt+Left goes back a block from anywhere in the tab.
    await page.keyboard.press('Alt+ArrowLeft');
    const previous = order.entries[order.entries.length - 2];
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain(previous?.title ?? '∅');
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    // The same view in Danish: the running order timed again in the panel's language.
    await panel.getByLabel('Language').selectOption('da');
    await expect
      .poll(() => panel.getByRole('heading', { level: 2, name: /^Blok \d af 4: / }).count())
      .toBe(1);
    expect(await panel.getByRole('button', { name: 'Start timeren' }).count()).toBe(1);
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-2b-danish.png') });
    // The choice is remembered for the next pages: back to English.
    await panel.getByLabel('Sprog').selectOption('en');
    await page.close();
  });

  it('counts down in the panel on a board without Miro’s timer: pause, +1 minute, and a visible, announced alert at 0', async () => {
    // Playwright's clock drives the panel's time (a context of its own: the clock is the context's).
    const timed = await site.newContext();
    const page = await timed.newPage();
    await page.clock.install();
    const panel = await generateSession(page, '?latency=0&timer=off');
    await panel.getByRole('tab', { name: 'Run' }).click();
    const first = order.entries[0];
    if (!first) throw new Error('no blocks');
    // From here time moves only when the test says.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await panel.getByRole('button', { name: 'Start the timer' }).click();
    const timer = panel.getByRole('timer');
    await expect.poll(() => timer.count()).toBe(1);
    expect(await timer.textContent()).toBe(`${first.minutes}:00`);
    await expect
      .poll(() =>
        panel
          .getByRole('status')
          .filter({ hasText: /the timer runs in (this|the) panel/ })
          .count(),
      )
      .toBe(1);
    // The panel redraws 4 times a second: half a second more shows the minute passed.
    await page.clock.runFor(60_500);
    await expect.poll(() => timer.textContent()).toBe(`${first.minutes - 1}:00`);
    await panel.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(5 * 60_000);
    expect(await timer.textContent()).toBe(`${first.minutes - 1}:00`);
    await panel.getByRole('button', { name: 'Add 1 minute' }).click();
    await expect.poll(() => timer.textContent()).toBe(`${first.minutes}:00`);
    await panel.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(first.minutes * 60_000 + 1_000);
    const alert = panel.getByRole('alert').filter({ hasText: `Time is up for “${first.title}”.` });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.isVisible()).toBe(true);
    // Nothing was asked of a timer the board does not have.
    expect(await page.evaluate(() => window.__netverkStandIn?.inspect.timer().totalDuration)).toBe(0);
    // axe waits on timers of its own: time flows again for it.
    await page.clock.resume();
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-3-panel-countdown.png') });
    await timed.close();
  });

  it('drives Miro’s timer on the strict stand-in: pause, +1 minute, stop; Next stops it and starts the next only when asked', async () => {
    const page = await context.newPage();
    const panel = await generateSession(page, '?latency=0');
    await panel.getByRole('tab', { name: 'Run' }).click();
    const [first, second, third] = order.entries;
    if (!first || !second || !third) throw new Error('too few blocks');
    const boardTimer = () => page.evaluate(() => window.__netverkStandIn?.inspect.timer());
    await panel.getByRole('button', { name: 'Start the timer' }).click();
    await expect.poll(async () => (await boardTimer())?.status).toBe('STARTED');
    await panel.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await boardTimer())?.status).toBe('PAUSED');
    const paused = (await boardTimer())?.restDuration ?? 0;
    await panel.getByRole('button', { name: 'Add 1 minute' }).click();
    await expect.poll(async () => (await boardTimer())?.restDuration).toBe(paused + 60_000);
    expect((await boardTimer())?.totalDuration).toBe(first.minutes * 60_000 + 60_000);
    // The preview shows the board's timer, paused, as Miro does over the board.
    expect(await page.locator('.netverk-board-timer').textContent()).toContain('paused');
    await panel.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await boardTimer())?.status).toBe('STARTED');
    // Next: the running timer stops; the next block's does not start by itself.
    await panel.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(async () => (await boardTimer())?.status).toBe('STOPPED');
    expect(await panel.getByRole('button', { name: 'Start the timer' }).count()).toBe(1);
    // With "start the timer with each block" on, Next starts the next block's time.
    await panel.getByLabel('Start the timer with each block').check();
    await panel.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(async () => (await boardTimer())?.totalDuration).toBe(third.minutes * 60_000);
    expect((await boardTimer())?.status).toBe('STARTED');
    await panel.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(async () => (await boardTimer())?.status).toBe('STOPPED');
    const calls = await page.evaluate(() => window.__netverkStandIn?.inspect.stats().byMethod ?? {});
    expect(calls).toMatchObject({ 'timer.pause': 1, 'timer.resume': 1, 'timer.prolong': 1 });
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);

    // The Run view remembers the block: away and back (as after a reload) it is still on block 3.
    await panel.getByRole('tab', { name: 'Harvest' }).click();
    await panel.getByRole('tab', { name: 'Run' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2, name: /^Block 3 of/ }).count()).toBe(1);
    await page.close();
  });

  it('a late room: the panel shows how far behind it is and the new end, and takes the minutes from the blocks that remain', async () => {
    // The real clock is Playwright's: the first block, 12 minutes after the second should have begun.
    const second = order.entries[1];
    if (!second?.clock || !order.endClock) throw new Error('a timed session');
    const [h, m] = second.clock.split(':').map(Number);
    const late = await site.newContext({ timezoneId: 'UTC' });
    const page = await late.newPage();
    await page.clock.install({ time: Date.UTC(2026, 11, 1, h ?? 0, (m ?? 0) + 12) });
    const panel = await generateSession(page, '?latency=0');
    await panel.getByRole('tab', { name: 'Run' }).click();
    const endLate = new Date(
      Date.UTC(2026, 11, 1, 0, 12) +
        (Number(order.endClock.slice(0, 2)) * 60 + Number(order.endClock.slice(3))) * 60_000,
    )
      .toISOString()
      .slice(11, 16);
    const line = panel.getByText(`12 minutes behind the plan: the session ends at ${endLate}.`);
    await expect.poll(() => line.count()).toBe(1);
    await panel.getByRole('button', { name: 'Take 15 minutes from the blocks that remain' }).click();
    const caught = panel.getByRole('status').filter({
      hasText: /The remaining blocks are shorter by \d+ minutes: the session ends at \d\d:\d\d\./,
    });
    await expect.poll(() => caught.count()).toBe(1);
    const text = (await caught.textContent()) ?? '';
    const taken = Number(/shorter by (\d+)/.exec(text)?.[1]);
    expect(taken % 5).toBe(0);
    expect(taken).toBeGreaterThan(0);
    // The new end: planned end + 12 late − what was taken; the Run view now says so.
    const newEnd = new Date(
      Date.UTC(2026, 11, 1, 0, 12 - taken) +
        (Number(order.endClock.slice(0, 2)) * 60 + Number(order.endClock.slice(3))) * 60_000,
    )
      .toISOString()
      .slice(11, 16);
    expect(text).toContain(`ends at ${newEnd}.`);
    await expect.poll(() => panel.getByText(`On time: the session ends at ${newEnd}.`).count()).toBe(1);
    // The next block shows its new start and shorter minutes.
    await panel.getByRole('button', { name: 'Next', exact: true }).click();
    expect(await panel.locator('.netverk-run-time').textContent()).toContain(
      `${String(h).padStart(2, '0')}:${String((m ?? 0) + 12).padStart(2, '0')}`,
    );
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-6-late.png') });
    await late.close();
  });

  it('tells two runs of a session apart by network in Run, Harvest and Boards, and asks by that name', async () => {
    const page = await context.newPage();
    const panel = await generateSession(page, '?latency=0', 'HR North');
    await generateSession(page, '', 'HR South', false);
    await panel.getByRole('tab', { name: 'Run' }).click();
    const options = await panel.getByLabel('Session board').locator('option').allTextContents();
    expect(options).toHaveLength(2);
    expect(options.find((o) => o.includes('HR North'))).toBeDefined();
    expect(options.find((o) => o.includes('HR South'))).toBeDefined();
    await panel.getByRole('tab', { name: 'Harvest' }).click();
    const scope = await panel.getByLabel('Board to harvest').locator('option').allTextContents();
    expect(scope.filter((o) => /HR (North|South)/.test(o))).toHaveLength(2);
    await panel.getByRole('tab', { name: 'Boards' }).click();
    await panel.getByRole('button', { name: /^Remove .*HR South/ }).click();
    expect(
      await panel
        .getByText(/HR South/)
        .first()
        .textContent(),
    ).toContain('HR South');
    const question = panel.locator('.netverk-confirm p');
    expect(await question.textContent()).toContain('HR South');
    expect(await question.textContent()).not.toContain('HR North');
    await page.close();
  });

  it('a session that cannot fit builds nothing; Import: a broken file names the JSON path, a draft becomes a board', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/preview.html`);
    const panel = page.locator('.netverk-preview-panel');
    // A session that cannot fit its length names the block to shorten, and nothing is built.
    await panel.getByRole('radio', { name: /Open network meeting/ }).check();
    await panel.getByLabel('Participants').fill('40');
    await panel.getByLabel('Length in minutes').fill('20');
    await panel.getByRole('button', { name: 'Generate board' }).click();
    const refused = panel.getByRole('alert').filter({ hasText: 'Nothing was built.' });
    await expect.poll(() => refused.count()).toBe(1);
    expect(await page.evaluate(() => window.__netverkStandIn?.inspect.items().length)).toBe(0);
    await panel.getByLabel('Participants').fill('');
    const input = panel.getByLabel('Board plan or draft (JSON file)');
    await input.setInputFiles({
      name: 'broken.board-plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"planVersion":1,"items":[{"kind":"frame"}]}'),
    });
    const alert = panel.getByRole('alert').filter({ hasText: 'could not be imported' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('$.items[0]');
    const draft = {
      format: 'netverk-theme-draft',
      version: 1,
      draft: {
        networkName: 'Network North',
        themeTitle: 'Loneliness',
        fields: { origin: 'First line\nSecond <b>line</b>' },
      },
    };
    await input.setInputFiles({
      name: 'loneliness.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(draft)),
    });
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'is read, with 2 notes' }).count())
      .toBe(1);
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await panel.getByRole('button', { name: 'Generate imported board' }).click();
    await expect
      .poll(
        () =>
          panel
            .getByRole('status')
            .filter({ hasText: /is on the board/ })
            .count(),
        { timeout: 20_000 },
      )
      .toBe(1);
    const notes = await page.evaluate(
      () =>
        window.__netverkStandIn?.inspect
          .items()
          .filter((item) => item.type === 'sticky_note')
          .map((item) => item.content ?? '') ?? [],
    );
    expect(notes.join('\n')).toContain('Second &lt;b&gt;line&lt;/b&gt;');
    await page.screenshot({ path: join(shots, 'run-4-import.png') });
    await page.close();
  });
});

describe('dot votes in the preview', () => {
  it('dots placed in three characteristics give the counts and a chart whose bars match; CSV and JSON carry them', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/preview.html?latency=0`);
    const panel = page.locator('.netverk-preview-panel');
    await panel.getByRole('radio', { name: 'A single template' }).check();
    await panel.getByRole('radio', { name: /seven characteristics/ }).check();
    await panel.getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(() => panel.getByRole('status').first().textContent(), { timeout: 25_000 })
      .toMatch(/is on the board/);
    // A participant opens a zone and places dots: 3 on one characteristic, 2 on another, 1 on a third.
    const votes = [
      ['Value for citizens', 3],
      ['Learning', 2],
      ['Complex', 1],
    ] as const;
    for (const [characteristic, count] of votes)
      for (let i = 0; i < count; i += 1) {
        await page.getByRole('button', { name: `Add a note to “${characteristic} – Clear — how?”` }).click();
        const dialog = page.getByRole('dialog');
        await expect.poll(() => dialog.isVisible()).toBe(true);
        await dialog.getByRole('button', { name: 'Add dot' }).click();
        await expect.poll(() => dialog.isVisible()).toBe(false);
      }
    const dots = await page.evaluate(
      () => window.__netverkStandIn?.inspect.items().filter((item) => item.shape === 'circle').length,
    );
    expect(dots).toBe(6);
    await panel.getByRole('tab', { name: 'Harvest' }).click();
    await panel.getByRole('button', { name: 'Read notes' }).click();
    const rows = panel.locator('.netverk-dot-row');
    await expect.poll(() => rows.count()).toBe(7);
    const bars = await rows.evaluateAll((items) =>
      items.map((item) => ({
        zone: item.getAttribute('data-zone'),
        dots: Number(item.getAttribute('data-dots')),
        width: (item.querySelector('.netverk-dot-bar') as HTMLElement).getBoundingClientRect().width,
        text: item.textContent,
      })),
    );
    const bar = (zone: string) => bars.find((b) => b.zone === zone);
    expect(bar('citizen-value.clear')?.dots).toBe(3);
    expect(bar('learning.clear')?.dots).toBe(2);
    expect(bar('complex.clear')?.dots).toBe(1);
    expect(bar('current.clear')?.dots).toBe(0);
    // The drawn bars are as long as the counts: the strongest fills its row.
    const full = bar('citizen-value.clear')?.width ?? 0;
    expect(full).toBeGreaterThan(0);
    expect((bar('learning.clear')?.width ?? 0) / full).toBeCloseTo(2 / 3, 1);
    expect((bar('complex.clear')?.width ?? 0) / full).toBeCloseTo(1 / 3, 1);
    expect(bar('current.clear')?.width).toBe(0);
    expect(bar('citizen-value.clear')?.text).toContain('3 (50 %) · Strongest');
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await page.screenshot({ path: join(shots, 'run-5-dot-vote.png') });
    for (const [button, check] of [
      ['Download CSV', (text: string) => expect(text).toMatch(/Value for citizens · Clear — how\?,,,3,50/)],
      ['Download JSON', (text: string) => expect(JSON.parse(text).assessments[0].total).toBe(6)],
      ['Download dot chart (SVG)', (text: string) => expect(text).toContain('data-dots="3"')],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: button }).click(),
      ]);
      check(readFileSync((await download.path()) ?? '', 'utf8'));
    }
    await page.close();
  });
});
