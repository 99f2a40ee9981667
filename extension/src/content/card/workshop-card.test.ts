// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadHostFixture } from '../../../../tests/fixtures/load-host-fixture.ts';
import type { MeetingCardOptions } from '../card-module.ts';
import type { IntegrationContext } from '../integration.ts';
import { googleHost } from '../integrations/google-calendar.ts';
import { outlookHost } from '../integrations/outlook-calendar.ts';
import type { PageMeetingForm as MeetingForm, MeetingHost } from '../meeting-form.ts';
import { workerDismissals } from '../worker-dismissals.ts';
import { agendaMark } from './agenda-block.ts';
import { showMeetingCard } from './meeting-card.ts';

const now = new Date('2026-11-20T12:00:00Z');
let destroy = () => {};
afterEach(() => destroy());

const fixtures: Record<string, { url: string; host: MeetingHost }> = {
  'outlook-new-event.html': {
    url: 'https://outlook.office.com/calendar/deeplink/compose',
    host: outlookHost,
  },
  'google-event-edit.html': { url: 'https://calendar.google.com/calendar/r/eventedit/x', host: googleHost },
};

function open(
  title: string,
  options: { fixture?: string; times?: Record<string, string> } & Partial<MeetingCardOptions> = {},
) {
  const { fixture = 'outlook-new-event.html', times = {}, ...overrides } = options;
  const { url, host } = fixtures[fixture] ?? { url: '', host: outlookHost };
  const doc = loadHostFixture(fixture, url);
  const set = (selector: string, value: string) => {
    const input = doc.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector} in ${fixture}`);
    input.value = value;
  };
  set('input[aria-label="Title"], input[aria-label="Add a title"]', title);
  for (const [label, value] of Object.entries(times)) set(`input[aria-label="${label}"]`, value);
  const form = host.findForm(doc) as MeetingForm;
  const send = vi.fn(async (message: { type: string }) =>
    message.type === 'netverk/get-dismissed' ? { ids: [] } : { ok: true },
  ) as unknown as IntegrationContext['send'];
  const card = showMeetingCard({
    doc,
    locale: 'en',
    now: () => now,
    disabledPrompts: [],
    form,
    dismissals: workerDismissals(send),
    onClose: () => {},
    ...overrides,
  });
  destroy = card.destroy;
  const update = () => card.update(form.readDraft(now), form);
  update();
  const shadow = doc.querySelector('[data-netverk="overlay"]')?.shadowRoot as ShadowRoot;
  const q = <T extends Element>(selector: string) => shadow.querySelector<T>(selector);
  const rows = () => [...shadow.querySelectorAll<HTMLElement>('ol.running-order li')];
  return { doc, form, shadow, q, rows, update };
}

/** Clicks an action and waits until the card says how it went (reading and writing the form are asynchronous). */
async function clickAndWait(root: ParentNode, button: HTMLElement): Promise<void> {
  const status = root.querySelector('[role="status"]') as HTMLElement;
  status.textContent = '';
  button.click();
  await expect.poll(() => status.textContent, { timeout: 5000 }).not.toBe('');
}

describe('the card for a workshop event', () => {
  it('proposes "Unfold the theme" for a theme workshop, timed 09:00–11:00 by the core', () => {
    const { q, rows } = open('Temaworkshop: loneliness among the elderly');
    expect(q('h2')?.textContent).toBe('Workshop');
    expect(q<HTMLElement>('section.workshop')?.hidden).toBe(false);
    expect(q<HTMLSelectElement>('select')?.value).toBe('unfold-the-theme');
    expect(rows().map((row) => row.querySelector('.time')?.textContent)).toEqual([
      '09:00–09:10',
      '09:10–09:25',
      '09:25–09:40',
      '09:40–09:50',
      '09:50–10:25',
      '10:25–10:40',
      '10:40–10:50',
      '10:50–11:00',
    ]);
    expect(rows()[0]?.textContent).toBe('09:00–09:10Welcome');
    expect(q('.caption')?.textContent).toBe('Running order: 120 minutes for 2 participants');
    // The running order takes the agenda's place: one insert button, never both.
    expect(q<HTMLElement>('[data-netverk-action="insert-running-order"]')?.hidden).toBe(false);
    expect(q<HTMLElement>('[data-netverk-action="insert-agenda"]')?.hidden).toBe(true);
  });

  it('proposes the session the title names, in Google Calendar too', () => {
    const { q, rows } = open('Opstartsworkshop for the new network', {
      fixture: 'google-event-edit.html',
    });
    expect(q<HTMLSelectElement>('select')?.value).toBe('start-up-network');
    expect(rows()[0]?.querySelector('.time')?.textContent).toMatch(/^09:00–/);
    expect(rows().at(-1)?.querySelector('.time')?.textContent).toMatch(/–11:00$/);
  });

  it('stays a network-meeting card for a network meeting', () => {
    const { q } = open('Nätverksträff HR');
    expect(q('h2')?.textContent).toBe('Network meeting');
    expect(q<HTMLElement>('section.workshop')?.hidden).toBe(true);
    expect(q<HTMLElement>('[data-netverk-action="insert-agenda"]')?.hidden).toBe(false);
    expect(q<HTMLElement>('[data-netverk-action="insert-running-order"]')?.hidden).toBe(true);
  });

  it("counts the user's own workshop words", () => {
    expect(open('Udviklingsdag').q<HTMLElement>('section.workshop')?.hidden).toBe(true);
    destroy();
    const { q } = open('Udviklingsdag', { workshopKeywords: ['udviklingsdag'] });
    expect(q<HTMLElement>('section.workshop')?.hidden).toBe(false);
  });

  it('lets the user pick another session and group size, and keeps the pick as the page changes', () => {
    const { q, rows, update } = open('Workshop on the theme');
    const select = q<HTMLSelectElement>('select') as HTMLSelectElement;
    select.value = 'choose-the-network-type';
    select.dispatchEvent(new Event('change'));
    // A 60-minute session in a 120-minute event: the core stretches it to the end.
    expect(rows().at(-1)?.querySelector('.time')?.textContent).toMatch(/–11:00$/);
    const people = q<HTMLInputElement>('input[type="number"]') as HTMLInputElement;
    people.value = '14';
    people.dispatchEvent(new Event('input'));
    expect(q('.caption')?.textContent).toContain('14 participants');
    update();
    expect(select.value).toBe('choose-the-network-type');
    // Out of range is ignored, not thrown.
    people.value = '400';
    people.dispatchEvent(new Event('input'));
    expect(q('.caption')?.textContent).toContain('14 participants');
  });

  it("shows the core's message and offers no running order when the session cannot fit", () => {
    const { q, rows } = open('Temaworkshop', { times: { 'End time': '10:00 AM' } });
    const warnings = [...(q('ul.warnings')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^The session needs 75 minutes; the event is 60\. Shorten “.+” \(\d+ min\) by 15 minutes/,
    );
    expect(q<HTMLElement>('ul.warnings')?.hidden).toBe(false);
    // A running order longer than the event is never offered for insertion.
    expect(rows()).toHaveLength(0);
    expect(q<HTMLButtonElement>('[data-netverk-action="insert-running-order"]')?.disabled).toBe(true);
  });

  it('says what is wrong with the times instead of a running order', () => {
    const { q, rows } = open('Temaworkshop', { times: { 'End time': '8:00 AM' } });
    expect(rows()).toHaveLength(0);
    expect(q('ul.warnings li')?.textContent).toBe(
      'The event ends before it starts: correct the times to time the running order.',
    );
    expect(q<HTMLButtonElement>('[data-netverk-action="insert-running-order"]')?.disabled).toBe(true);
    destroy();
    const short = open('Temaworkshop', { times: { 'End time': '9:05 AM' } });
    expect(short.q('ul.warnings li')?.textContent).toMatch(/^The event lasts 5 minutes; a session needs/);
  });

  it('inserts the running order once: a second insert replaces the first', async () => {
    const { form, q, shadow } = open('Temaworkshop');
    const insert = q<HTMLButtonElement>('[data-netverk-action="insert-running-order"]') as HTMLButtonElement;
    await clickAndWait(shadow, insert);
    expect(q('[role="status"]')?.textContent).toBe('The running order is in the description.');
    const select = q<HTMLSelectElement>('select') as HTMLSelectElement;
    select.value = 'choose-the-network-type';
    select.dispatchEvent(new Event('change'));
    await clickAndWait(shadow, insert);
    const text = form.description()?.textContent ?? '';
    expect(text.split(agendaMark)).toHaveLength(2);
    expect(text.match(/Running order:/g)).toHaveLength(1);
    expect(text).toContain('Running order: Choose the network type');
    expect(text.startsWith('Welcome, everyone.')).toBe(true);
    expect(q('[role="status"]')?.textContent).toBe('The running order in the description is updated.');
  });
});
