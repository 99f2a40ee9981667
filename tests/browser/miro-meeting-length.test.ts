import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-violations.ts';
import { type ServedBuild, serveBuild } from './serve-build.ts';

/** The open meeting's length in the Generate tab: labelled, only for a template with a running order, timing the board. */
let site: ServedBuild;
let page: Page;

beforeAll(async () => {
  // The test build: the preview exposes its stand-in for inspection.
  site = await serveBuild('miro-app-test');
  page = await site.openPage('/preview.html');
});

afterAll(() => site?.close());

const panel = () => page.locator('.netverk-preview-panel');

function boardTexts(): Promise<string[]> {
  return page.evaluate(() =>
    ((window.__netverkStandIn?.inspect.items() ?? []) as { content?: string }[]).map((i) => i.content ?? ''),
  );
}

describe('meeting length in the Generate tab', () => {
  it('shows the field only for the open meeting, and the board is timed by it', async () => {
    expect(await panel().getByLabel('Meeting length in minutes').count()).toBe(0);
    // The Generate tab opens on sessions: a single template is the other choice.
    await panel().getByRole('radio', { name: 'A single template' }).check();
    await panel()
      .getByRole('radio', { name: /Open network meeting/ })
      .check();
    const field = panel().getByLabel('Meeting length in minutes');
    expect(await field.count()).toBe(1);
    expect(await axeViolations(page, '.netverk-preview-panel')).toEqual([]);
    await panel().getByLabel('Participants').fill('14');
    await field.fill('5');
    await panel().getByRole('button', { name: 'Generate board' }).click();
    // The browser's own check stops a length out of range before anything is built.
    expect(await field.evaluate((el) => (el as HTMLInputElement).validity.rangeUnderflow)).toBe(true);
    expect((await boardTexts()).join('\n')).not.toContain('In all');
    expect(await panel().textContent()).toContain('15 to 480');
    await field.fill('120');
    await panel().getByRole('button', { name: 'Generate board' }).click();
    await expect
      .poll(async () => (await boardTexts()).join('\n'), { timeout: 20_000 })
      .toContain('In all 120 minutes');
    const texts = (await boardTexts()).join('\n');
    // 14 people: the one round rule holds the round at the tables, 10 minutes for groups of 4–5.
    expect(texts).toContain('The presentation round is held at the tables, in groups of 4–6: 10 minutes.');
    expect(texts).not.toContain('Guest speaker');
  });
});
