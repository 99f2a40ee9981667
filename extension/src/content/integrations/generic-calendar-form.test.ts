// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeContext, loadHostFixture, settle } from '../../../../tests/fixtures/load-host-fixture.ts';
import { genericCalendarForm, genericCalendarHost } from './generic-calendar-form.ts';

const now = new Date('2026-11-20T12:00:00Z');
const intranet = 'https://intranet.example.org/kalender';
let controller = new AbortController();
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('generic-calendar-form', () => {
  it('runs on intranet sites, never on the big calendars', () => {
    expect(genericCalendarForm.matches(new URL(intranet), document)).toBe(true);
    expect(genericCalendarForm.matches(new URL('https://outlook.office.com/calendar'), document)).toBe(false);
    expect(genericCalendarForm.matches(new URL('https://calendar.google.com/calendar/r'), document)).toBe(
      false,
    );
  });

  it('finds the labelled Danish event form beside the FullCalendar grid and reads it', () => {
    const doc = loadHostFixture('intranet-fullcalendar.html', intranet);
    const form = genericCalendarHost.findForm(doc);
    expect(form?.root.id).toBe('new-event');
    (doc.getElementById('ev-title') as HTMLInputElement).value = 'Netværksmøde om ensomhed';
    // happy-dom loses the `selected` option when a parsed page is adopted; a browser keeps it.
    (doc.getElementById('ev-repeat') as HTMLSelectElement).value = 'FREQ=MONTHLY;BYDAY=1TU';
    const draft = form?.readDraft(now);
    expect(draft).toMatchObject({
      title: 'Netværksmøde om ensomhed',
      description: '',
      location: 'Rådhuset, mødelokale 2',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
    });
    expect(draft?.start).toMatch(/^2026-12-01T09:00:00/);
    expect(draft?.end).toMatch(/^2026-12-01T11:00:00/);
    expect(form?.description()?.id).toBe('ev-desc');
  });

  it('reads a datetime-local form in English', () => {
    const doc = loadHostFixture('intranet-theme-page.html', intranet);
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog"><label>Subject <input type="text" value="HR network"></label>
       <label>Starts <input type="datetime-local" value="2026-12-01T13:00"></label>
       <label>Ends <input type="datetime-local" value="2026-12-01T15:00"></label>
       <div contenteditable="true" aria-label="Details"></div></div>`,
    );
    const draft = genericCalendarHost.findForm(doc)?.readDraft(now);
    expect(draft?.title).toBe('HR network');
    expect(draft?.start).toMatch(/^2026-12-01T13:00:00/);
    expect(draft?.end).toMatch(/^2026-12-01T15:00:00/);
  });

  it('takes a search form for no event form', () => {
    const doc = loadHostFixture('intranet-theme-page.html', intranet);
    expect(genericCalendarHost.findForm(doc)).toBeUndefined();
  });

  it('shows the card once the title names a network, and removes it on abort', async () => {
    const doc = loadHostFixture('intranet-fullcalendar.html', intranet);
    const { ctx, shown } = createFakeContext({ keywords: ['ensomhed'] });
    genericCalendarForm.init(controller.signal, ctx);
    await settle();
    expect(shown).toHaveLength(0);
    const title = doc.getElementById('ev-title') as HTMLInputElement;
    title.value = 'Ensomhed blandt ældre';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(shown).toHaveLength(1);
    controller.abort();
    expect(doc.querySelectorAll('[data-netverk="overlay"]')).toHaveLength(0);
  });
});
