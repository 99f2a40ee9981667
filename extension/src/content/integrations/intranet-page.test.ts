// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeContext, loadHostFixture, settle } from '../../../../tests/fixtures/load-host-fixture.ts';
import { intranetPage, isThemePage } from './intranet-page.ts';

const intranet = 'https://intranet.example.org/netvaerk/borgerinddragelse';
let controller = new AbortController();
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

function themeButton(doc: Document): HTMLButtonElement | null | undefined {
  return doc
    .querySelector('[data-netverk="overlay"]')
    ?.shadowRoot?.querySelector('[data-netverk-action="open-checklist"]');
}

describe('intranet-page', () => {
  it('knows a theme page from a calendar page, with the user keywords too', () => {
    expect(isThemePage(loadHostFixture('intranet-theme-page.html', intranet), [])).toBe(true);
    const calendar = loadHostFixture('intranet-fullcalendar.html', intranet);
    expect(isThemePage(calendar, [])).toBe(false);
    expect(isThemePage(calendar, ['fælleskalender'])).toBe(true);
  });

  it('stays off the big calendars', () => {
    expect(intranetPage.matches(new URL('https://calendar.google.com/calendar/r'), document)).toBe(false);
    expect(intranetPage.matches(new URL(intranet), document)).toBe(true);
  });

  it('offers the checklist button, opens the checklist with the selection, and cleans up on abort', async () => {
    const doc = loadHostFixture('intranet-theme-page.html', intranet);
    const { ctx } = createFakeContext({ locale: 'da' });
    intranetPage.init(controller.signal, ctx);
    const button = themeButton(doc);
    expect(button?.textContent).toBe('Tjek mod de syv karakteristika');
    button?.click();
    await settle(50);
    expect(themeButton(doc)).toBeFalsy();
    expect(doc.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(1);
    controller.abort();
    expect(doc.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(0);
  });

  it('puts the button back when the page removes it, and offers none on other pages', async () => {
    const doc = loadHostFixture('intranet-theme-page.html', intranet);
    const { ctx } = createFakeContext();
    intranetPage.init(controller.signal, ctx);
    doc.querySelector('[data-netverk="overlay"]')?.remove();
    await settle();
    expect(themeButton(doc)).toBeTruthy();
    controller.abort();
    controller = new AbortController();
    const calendar = loadHostFixture('intranet-fullcalendar.html', intranet);
    intranetPage.init(controller.signal, ctx);
    await settle();
    expect(calendar.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(0);
  });
});
