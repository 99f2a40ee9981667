import { googleComposeUrl } from '../compose-urls.ts';
import { findShown, shownText } from '../dom/dom-helpers.ts';
import { buildDraft } from '../draft/build-draft.ts';
import { parseRecurrence } from '../draft/parse-recurrence.ts';
import { readShownTimes } from '../draft/read-shown-times.ts';
import { type HostIntegration, onHosts } from '../integration.ts';
import type { MeetingHost, PageMeetingForm } from '../meeting-form.ts';
import { pageMeetingForm } from '../page-meeting-form.ts';
import { googleSelectors as s } from '../selectors.ts';
import { watchMeetingForm } from '../watch-meeting-form.ts';

/**
 * Google Calendar's event forms: the full editor (`EVENT_EDIT`) and the quick-add dialog on the grid
 * (`EVENT`). Google hides closed dialogs rather than removing them, so only shown fields count.
 */
export const googleHost: MeetingHost = {
  findForm(doc): PageMeetingForm | undefined {
    if (!doc.querySelector(s.viewFamily)) return undefined;
    const title = findShown<HTMLInputElement>(doc, s.title);
    if (!title) return undefined;
    const root = title.closest('[role="dialog"], [role="main"]') ?? doc.body;
    return pageMeetingForm({
      root,
      readText: () => ({ title: shownText(root, s.title), description: shownText(root, s.description) }),
      readDraft: (now) => readGoogleDraft(root, now),
      description: () => findShown(root, s.description) ?? null,
      composeUrl: googleComposeUrl,
    });
  },
};

function readGoogleDraft(root: Element, now: Date) {
  const recurrence = findShown(root, s.recurrence);
  return buildDraft({
    title: shownText(root, s.title),
    description: shownText(root, s.description),
    ...readShownTimes(root, s, now),
    location: shownText(root, s.location),
    recurrence: recurrence ? parseRecurrence(recurrence.textContent ?? '') : undefined,
    attendees: [...root.querySelectorAll(s.guest)].map((el) => el.getAttribute('data-email') ?? ''),
  });
}

const googleHosts = ['calendar.google.com'];

export const googleCalendar: HostIntegration = {
  id: 'google-calendar',
  hosts: googleHosts,
  matches: onHosts(googleHosts),
  init: (signal, ctx) => watchMeetingForm(signal, ctx, googleHost, document),
};

/*
 * Test fixtures:
 * - tests/fixtures/hosts/google-event-edit.html (full editor, `/eventedit`, monthly recurrence, guests)
 * - tests/fixtures/hosts/google-quick-add.html (grid with the quick-add dialog, a hidden old dialog)
 */
