// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../../shared/index.ts';
import type { MeetingForm } from '../../meeting-form/meeting-form.ts';
import { agendaMark } from './agenda-block.ts';
import { showMeetingCard } from './meeting-card.ts';

const now = new Date('2026-11-20T12:00:00Z');
let destroy = () => {};
afterEach(() => destroy());

/** A host-neutral form in memory: what any host (a page, Outlook) gives the card. */
function memoryForm(draft: MeetingDraft, withRecurrence: boolean) {
  const state = { draft: { ...draft }, writes: [] as string[] };
  const form: MeetingForm = {
    read: async () => ({ ...state.draft }),
    writeBlock: async (text) => {
      state.writes.push(text);
      state.draft.description = text;
      return 'inserted';
    },
    ...(withRecurrence
      ? {
          setRecurrence: async (rrule: string) => {
            state.draft.recurrence = rrule;
            return true;
          },
        }
      : {}),
  };
  return { form, state };
}

function open(withRecurrence: boolean) {
  const container = document.createElement('main');
  document.body.replaceChildren(container);
  const { form, state } = memoryForm(
    {
      title: 'Netværksmøde HR',
      start: '2026-12-01T09:00:00+01:00',
      end: '2026-12-01T10:30:00+01:00',
      attendees: ['a@example.org', 'b@example.org'],
    },
    withRecurrence,
  );
  const card = showMeetingCard({
    doc: document,
    locale: 'da',
    now: () => now,
    disabledPrompts: [],
    form,
    dismissals: { get: async () => [], add: async () => {} },
    onClose: () => {},
    container,
  });
  destroy = card.destroy;
  card.update(state.draft, form);
  const shadow = container.querySelector('[data-netverk="inline"]')?.shadowRoot as ShadowRoot;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  return { shadow, state, settle };
}

describe('the meeting card on a host-neutral form, inline in a pane', () => {
  it('sits in the container as a labelled region without a close button', () => {
    const { shadow } = open(false);
    expect(shadow.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Netverk: tjek af netværksmødet',
    );
    expect(shadow.querySelector('button.close')).toBeNull();
    expect(document.querySelector('[data-netverk="overlay"]')).toBeNull();
  });

  it('writes the agenda through the form once per click', async () => {
    const { shadow, state, settle } = open(false);
    shadow.querySelector<HTMLButtonElement>('[data-netverk-action="insert-agenda"]')?.click();
    await settle();
    expect(state.writes).toHaveLength(1);
    expect(state.writes[0]?.split('\n')[0]).toBe(`Dagsorden${agendaMark}`);
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Dagsordenen står nu i beskrivelsen.');
  });

  it('makes it a series through the host where it can, and offers only the .ics where it cannot', async () => {
    const withApi = open(true);
    const button = withApi.shadow.querySelector<HTMLButtonElement>('[data-netverk-action="make-series"]');
    expect(button?.hidden).toBe(false);
    button?.click();
    await withApi.settle();
    expect(withApi.state.draft.recurrence).toBe('FREQ=WEEKLY;INTERVAL=4;BYDAY=TU');
    expect(withApi.shadow.querySelector('[role="status"]')?.textContent).toBe('Mødet er nu en serie.');
    destroy();
    const without = open(false);
    expect(
      without.shadow.querySelector<HTMLButtonElement>('[data-netverk-action="make-series"]')?.hidden,
    ).toBe(true);
    expect(
      without.shadow.querySelector<HTMLButtonElement>('[data-netverk-action="download-ics"]')?.hidden,
    ).toBe(false);
  });
});
