import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedBuild, serveBuild } from './serve-build.ts';

/**
 * The panel's own messages where the browser or silence spoke before (ux-walkthrough §4): a group of
 * 60, a theme longer than the board takes, a summary of no notes, the Decide result in 320 px.
 */
let site: ServedBuild;
let page: Page;

beforeAll(async () => {
  // The test build: the preview exposes its stand-in for inspection.
  site = await serveBuild('miro-app-test');
  page = await site.openPage('/preview.html');
});

afterAll(() => site?.close());

const panel = () => page.locator('.netverk-preview-panel');
const alertText = () => panel().getByRole('alert').first().textContent();

describe('the panel speaks for itself', () => {
  it('60 participants: the panel’s own message with advice for big groups, no browser bubble', async () => {
    await panel().getByRole('radio', { name: 'A single template' }).check();
    await panel()
      .getByRole('radio', { name: /Theme canvas/ })
      .check();
    const field = panel().getByLabel('Participants');
    await field.fill('60');
    expect(await field.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(true);
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect.poll(alertText).toMatch(/from 1 to 40\. More than 40\? Split into two sessions/);
    expect(await field.inputValue()).toBe('60');
    await field.fill('');
  });

  it('a theme longer than the board takes is counted, refused with its length, and kept whole', async () => {
    const theme = `${'Ensomhed blandt ældre borgere i kommunen. '.repeat(15)}Slut.`;
    const field = panel().getByLabel('Theme', { exact: true });
    await field.fill(theme);
    expect(await field.inputValue()).toBe(theme);
    const length = [...theme.trim()].length;
    expect(length).toBeGreaterThan(500);
    await expect.poll(() => panel().getByText(`${length} of 500 characters`).count()).toBe(1);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect.poll(alertText).toContain(`Theme has ${length} characters; the board takes at most 500.`);
    expect(await field.inputValue()).toBe(theme);
    expect(await page.evaluate(() => window.__netverkStandIn?.inspect.items().length ?? -1)).toBe(0);
    await field.fill('');
  });

  it('a summary of a board with no notes is refused, and nothing is written', async () => {
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(async () => (await panel().getByRole('status').allTextContents()).join(' | '), {
        timeout: 20_000,
      })
      .toMatch(/is on the board/);
    const before = await page.evaluate(() => window.__netverkStandIn?.inspect.items().length ?? -1);
    await page.getByRole('tab', { name: 'Harvest' }).click();
    await panel().getByRole('button', { name: 'Read notes' }).click();
    await panel().getByRole('button', { name: 'Write summary on board' }).click();
    await expect.poll(alertText).toMatch(/^Nothing was written: the board has no notes yet\./);
    expect(await page.evaluate(() => window.__netverkStandIn?.inspect.items().length ?? -1)).toBe(before);
  });

  it('the Decide result fits the 320 px panel in Danish: words break only where they may', async () => {
    await panel().getByLabel('Language').selectOption('da');
    await page.getByRole('tab', { name: 'Vælg type' }).click();
    for (let step = 0; step < 5; step += 1) {
      const question = panel().locator('.netverk-question');
      await question.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    }
    const card = panel().locator('.netverk-type-card').first();
    await expect.poll(() => card.count()).toBeGreaterThan(0);
    // No part of the result is wider than the panel, and the card itself never scrolls sideways.
    const wide = await panel().evaluate((element) => {
      const right = element.getBoundingClientRect().right;
      return [...element.querySelectorAll('.netverk-type-card, .netverk-type-card *')]
        .filter(
          (node) => node.getBoundingClientRect().right > right + 1 || node.scrollWidth > node.clientWidth + 1,
        )
        .map((node) => `${node.tagName}.${node.className}`);
    });
    expect(wide).toEqual([]);
    expect(await card.evaluate((node) => getComputedStyle(node).overflowWrap)).toBe('break-word');
    expect(await card.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('da');
  });
});
