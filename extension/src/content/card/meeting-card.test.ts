// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadHostFixture, settle } from '../../../../tests/fixtures/load-host-fixture.ts';
import type { MeetingCardOptions } from '../card-module.ts';
import type { IntegrationContext } from '../integration.ts';
import { outlookHost } from '../integrations/outlook-calendar.ts';
import type { PageMeetingForm as MeetingForm } from '../meeting-form.ts';
import { workerDismissals } from '../worker-dismissals.ts';
import { showMeetingCard } from './meeting-card.ts';

const now = new Date('2026-11-20T12:00:00Z');
let destroy = () => {};
afterEach(() => destroy());

function open(fixture: string, overrides: Partial<MeetingCardOptions> = {}) {
  const doc = loadHostFixture(fixture, 'https://outlook.office.com/calendar/deeplink/compose');
  const form = outlookHost.findForm(doc) as MeetingForm;
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
  card.update(form.readDraft(now), form);
  const shadow = doc.querySelector('[data-netverk="overlay"]')?.shadowRoot as ShadowRoot;
  return { doc, form, card, send, shadow };
}

/** Clicks an action and waits until the card says how it went (reading and writing the form are asynchronous). */
async function clickAndWait(root: ParentNode, button: HTMLElement): Promise<void> {
  const status = root.querySelector('[role="status"]') as HTMLElement;
  status.textContent = '';
  button.click();
  await expect.poll(() => status.textContent, { timeout: 5000 }).not.toBe('');
}

describe('meeting card', () => {
  it('is a labelled complementary region in an open shadow root, with the core prompts', () => {
    const { shadow } = open('outlook-new-event.html');
    const region = shadow.querySelector('[role="complementary"]');
    expect(region?.getAttribute('aria-label')).toBe('Netverk: network meeting check');
    expect(shadow.querySelectorAll('li.prompt').length).toBeGreaterThan(0);
    expect(shadow.querySelector('button.close')?.getAttribute('aria-label')).toBe('Close');
    expect(shadow.querySelector('[data-netverk-action="insert-agenda"]')?.textContent).toBe(
      'Insert agenda in the description',
    );
  });

  it('inserts the agenda into the host description on click', async () => {
    const { form, shadow } = open('outlook-new-event.html');
    await clickAndWait(
      shadow,
      shadow.querySelector('[data-netverk-action="insert-agenda"]') as HTMLButtonElement,
    );
    const text = form.description()?.textContent ?? '';
    expect(text.startsWith('Welcome, everyone.')).toBe(true);
    expect(text.length).toBeGreaterThan('Welcome, everyone.'.length + 50);
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('The agenda is in the description.');
  });

  it('puts Close first in the tab order and keeps the main actions out of the scrolling prompts', () => {
    const { shadow } = open('outlook-new-event.html');
    const focusable = shadow.querySelectorAll<HTMLElement>('button, a[href], input');
    expect(focusable[0]?.className).toBe('close');
    const scroller = shadow.querySelector('.scroll');
    expect(scroller?.querySelector('li.prompt')).not.toBeNull();
    expect(scroller?.querySelector('[data-netverk-action]')).toBeNull();
  });

  it('replaces its own agenda on a second insert instead of adding another', async () => {
    const { form, shadow } = open('outlook-new-event.html');
    const insert = shadow.querySelector('[data-netverk-action="insert-agenda"]') as HTMLButtonElement;
    await clickAndWait(shadow, insert);
    await clickAndWait(shadow, insert);
    const text = form.description()?.textContent ?? '';
    expect(text.match(/Agenda/g)).toHaveLength(1);
    expect(text.startsWith('Welcome, everyone.')).toBe(true);
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe(
      'The agenda in the description is updated.',
    );
  });

  it('dismisses a prompt for the series through the worker', async () => {
    const { shadow, send } = open('outlook-new-event.html');
    await settle(10);
    const first = shadow.querySelector('li.prompt') as HTMLElement;
    const id = first.dataset.promptId;
    (first.querySelector('button') as HTMLButtonElement).click();
    expect(shadow.querySelector(`li[data-prompt-id="${id}"]`)).toBeNull();
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'netverk/dismiss-prompt',
        promptId: id,
        series: expect.stringMatching(/^series-/),
      }),
    );
  });

  it('leaves out the prompts switched off in the options', () => {
    const all = open('outlook-new-event.html');
    const ids = [...all.shadow.querySelectorAll<HTMLElement>('li.prompt')].map((li) => li.dataset.promptId);
    destroy();
    const { shadow } = open('outlook-new-event.html', { disabledPrompts: [ids[0] ?? ''] });
    expect(shadow.querySelector(`li[data-prompt-id="${ids[0]}"]`)).toBeNull();
    expect(shadow.querySelectorAll('li.prompt').length).toBe(ids.length - 1);
  });

  it('keeps hostile page text inert: no element from it ever enters the card', () => {
    const { shadow } = open('hostile-page.html');
    expect(shadow.querySelectorAll('img, script, svg, iframe, a[href^="javascript"]').length).toBe(0);
    const compose = shadow.querySelector<HTMLAnchorElement>('[data-netverk-action="open-compose"]');
    expect(compose?.href.startsWith('https://outlook.office.com/')).toBe(true);
  });

  it('keeps keystrokes from the page shortcuts', () => {
    const { doc, shadow } = open('outlook-new-event.html');
    const seen: string[] = [];
    doc.addEventListener('keydown', (event) => seen.push(event.key));
    const button = shadow.querySelector('button') as HTMLButtonElement;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
  });

  it('closes on Escape and on the close button', () => {
    const onClose = vi.fn();
    const { shadow } = open('outlook-new-event.html', { onClose });
    (shadow.querySelector('button.close') as HTMLButtonElement).click();
    shadow
      .querySelector('[role="complementary"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
