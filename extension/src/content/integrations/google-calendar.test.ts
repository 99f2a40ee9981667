// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeContext, loadHostFixture, settle } from '../../../../tests/fixtures/load-host-fixture.ts';
import { googleCalendar, googleHost } from './google-calendar.ts';

const now = new Date('2026-11-20T12:00:00Z');
let controller = new AbortController();
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('google-calendar', () => {
  it('matches calendar.google.com only', () => {
    expect(
      googleCalendar.matches(new URL('https://calendar.google.com/calendar/r/eventedit/abc'), document),
    ).toBe(true);
    expect(googleCalendar.matches(new URL('https://mail.google.com/mail/u/0/'), document)).toBe(false);
  });

  it('reads the full editor', () => {
    const doc = loadHostFixture(
      'google-event-edit.html',
      'https://calendar.google.com/calendar/r/eventedit/abc',
    );
    const form = googleHost.findForm(doc);
    const draft = form?.readDraft(now);
    expect(draft).toMatchObject({
      title: 'Nätverksträff HR',
      description: 'Welcome, everyone.',
      location: 'Town hall, room 2',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
      attendees: ['hr.partner@example.org', 'payroll.lead@example.org', 'recruiter@example.org'],
    });
    expect(draft?.start).toMatch(/^2026-12-01T09:00:00/);
    expect(draft?.end).toMatch(/^2026-12-01T11:00:00/);
    const url = new URL(form?.composeUrl?.(draft ?? { title: '' }) ?? '');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Nätverksträff HR');
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=MONTHLY;BYDAY=1TU');
    expect(url.searchParams.get('dates')).toMatch(/^20261201T\d{6}Z\/20261201T\d{6}Z$/);
  });

  it('reads the shown quick-add dialog, not the hidden old one', () => {
    const doc = loadHostFixture(
      'google-quick-add.html',
      'https://calendar.google.com/calendar/r/week/2026/12/1',
    );
    const form = googleHost.findForm(doc);
    expect(form?.root.getAttribute('aria-label')).toBe('Quick add');
    const draft = form?.readDraft(now);
    expect(draft?.title).toBe('');
    expect(draft?.start).toMatch(/^2026-12-01T13:00:00/);
    expect(draft?.end).toMatch(/^2026-12-01T14:30:00/);
    expect(form?.description()).toBeNull();
  });

  it('finds nothing outside a Google Calendar view', () => {
    const doc = loadHostFixture('outlook-new-event.html', 'https://calendar.google.com/calendar/r');
    expect(googleHost.findForm(doc)).toBeUndefined();
  });

  it('shows the card as the user names a network, and hides it when Google hides the dialog', async () => {
    const doc = loadHostFixture(
      'google-quick-add.html',
      'https://calendar.google.com/calendar/r/week/2026/12/1',
    );
    const { ctx, shown } = createFakeContext();
    googleCalendar.init(controller.signal, ctx);
    await settle();
    expect(shown).toHaveLength(0);
    const title = doc.querySelector<HTMLInputElement>('[aria-label="Quick add"] input') as HTMLInputElement;
    title.value = 'Nätverksträff HR';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(shown).toHaveLength(1);
    // Google hides the dialog with an attribute; nothing is removed.
    doc.querySelector('[aria-label="Quick add"]')?.setAttribute('aria-hidden', 'true');
    await settle();
    expect(shown[0]?.destroyed).toBe(true);
    expect(doc.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(0);
  });
});
