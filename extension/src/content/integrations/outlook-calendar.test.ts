// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeContext, loadHostFixture, settle } from '../../../../tests/fixtures/load-host-fixture.ts';
import { outlookCalendar, outlookHost } from './outlook-calendar.ts';

const now = new Date('2026-11-20T12:00:00Z');
let controller = new AbortController();
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('outlook-calendar', () => {
  it('matches the Outlook hosts only', () => {
    for (const [href, want] of [
      ['https://outlook.office.com/calendar/deeplink/compose', true],
      ['https://outlook.live.com/calendar/0/view/week', true],
      ['https://outlook.office365.com/calendar', true],
      ['https://calendar.google.com/calendar/r', false],
      ['https://outlook.office.com.evil.example/calendar', false],
    ] as const) {
      expect(outlookCalendar.matches(new URL(href), document)).toBe(want);
    }
  });

  it('reads the English full-page form', () => {
    const doc = loadHostFixture(
      'outlook-new-event.html',
      'https://outlook.office.com/calendar/deeplink/compose',
    );
    const form = outlookHost.findForm(doc);
    const draft = form?.readDraft(now);
    expect(draft).toMatchObject({
      title: 'Nätverksträff HR',
      description: 'Welcome, everyone.',
      location: 'Town hall, room 2',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
      attendees: ['hr.partner@example.org', 'payroll.lead@example.org'],
    });
    expect(draft?.start).toMatch(/^2026-12-01T09:00:00[+-]\d\d:\d\d$/);
    expect(draft?.end).toMatch(/^2026-12-01T11:00:00[+-]\d\d:\d\d$/);
    expect(form?.description()?.getAttribute('contenteditable')).toBe('true');
    expect(form?.composeUrl?.(draft ?? { title: '' })).toMatch(
      /^https:\/\/outlook\.office\.com\/calendar\/deeplink\/compose\?subject=N%C3%A4tverkstr%C3%A4ff\+HR&body=/,
    );
  });

  it('reads the Danish popover form in the layer host', () => {
    const doc = loadHostFixture('outlook-new-event-da.html', 'https://outlook.office.com/calendar/view/week');
    const form = outlookHost.findForm(doc);
    expect(form?.root.getAttribute('role')).toBe('dialog');
    const draft = form?.readDraft(now);
    expect(draft?.title).toBe('Netværksmøde for ledere');
    expect(draft?.start).toMatch(/^2026-12-01T09:00:00/);
    expect(draft?.end).toMatch(/^2026-12-01T11:00:00/);
    expect(draft?.attendees).toBeUndefined();
    expect(draft?.recurrence).toBeUndefined();
  });

  it('finds no form on a page without one', () => {
    const doc = loadHostFixture('intranet-theme-page.html', 'https://outlook.office.com/mail/');
    expect(outlookHost.findForm(doc)).toBeUndefined();
  });

  it('shows the card for a network meeting, follows typing, re-mounts, and tears down on abort', async () => {
    const doc = loadHostFixture(
      'outlook-new-event.html',
      'https://outlook.office.com/calendar/deeplink/compose',
    );
    const { ctx, shown } = createFakeContext();
    outlookCalendar.init(controller.signal, ctx);
    await settle();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.draftTitle).toBe('Nätverksträff HR');

    const title = doc.querySelector<HTMLInputElement>('input[aria-label="Add a title"]') as HTMLInputElement;
    type(title, 'Nätverksträff HR – december');
    await settle();
    expect(shown[0]?.draftTitle).toBe('Nätverksträff HR – december');

    doc.querySelector('[data-netverk="overlay"]')?.remove();
    await settle();
    expect(doc.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(1);

    controller.abort();
    expect(doc.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(0);
    type(title, 'Nätverksträff HR – januari');
    await settle();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.draftTitle).toBe('Nätverksträff HR – december');
  });

  it('keeps away from an ordinary meeting until the title names a network', async () => {
    const doc = loadHostFixture(
      'outlook-new-event.html',
      'https://outlook.office.com/calendar/deeplink/compose',
    );
    const title = doc.querySelector<HTMLInputElement>('input[aria-label="Add a title"]') as HTMLInputElement;
    title.value = 'Dentist';
    const { ctx, shown } = createFakeContext();
    outlookCalendar.init(controller.signal, ctx);
    await settle();
    expect(shown).toHaveLength(0);
    type(title, 'Ledernetværket');
    await settle();
    expect(shown).toHaveLength(1);
    type(title, 'Dentist');
    await settle();
    expect(shown[0]?.destroyed).toBe(true);
  });

  it('shows the card on request from the toolbar, and respects prompts switched off', async () => {
    const doc = loadHostFixture('outlook-new-event-da.html', 'https://outlook.office.com/calendar/view/week');
    (doc.querySelector('input[aria-label="Tilføj en titel"]') as HTMLInputElement).value = 'Tandlæge';
    const { ctx, shown } = createFakeContext({ promptsEnabled: false });
    outlookCalendar.init(controller.signal, ctx);
    await settle();
    expect(shown).toHaveLength(0);
    ctx.cardRequests.dispatchEvent(new Event('show-card'));
    await settle();
    expect(shown).toHaveLength(1);
  });
});
