import { outlookComposeUrl } from '../compose-urls.ts';
import { findShown, shownText } from '../dom/dom-helpers.ts';
import { buildDraft } from '../draft/build-draft.ts';
import { parseRecurrence } from '../draft/parse-recurrence.ts';
import { readShownTimes } from '../draft/read-shown-times.ts';
import { type HostIntegration, onHosts } from '../integration.ts';
import type { MeetingHost, PageMeetingForm } from '../meeting-form.ts';
import { pageMeetingForm } from '../page-meeting-form.ts';
import { outlookSelectors as s } from '../selectors.ts';
import { watchMeetingForm } from '../watch-meeting-form.ts';

/** Outlook's compose form: found by its localized title field, full page or popover alike. */
export const outlookHost: MeetingHost = {
  findForm(doc): PageMeetingForm | undefined {
    const title = findShown<HTMLInputElement>(doc, s.title);
    if (!title) return undefined;
    const root = title.closest('[role="dialog"], [role="main"], main, form') ?? doc.body;
    return pageMeetingForm({
      root,
      readText: () => ({ title: shownText(root, s.title), description: shownText(root, s.body) }),
      readDraft: (now) => readOutlookDraft(root, now),
      description: () => findShown(root, s.body) ?? null,
      composeUrl: (draft) => outlookComposeUrl(doc.location?.origin ?? 'https://outlook.office.com', draft),
    });
  },
};

function readOutlookDraft(root: Element, now: Date) {
  const repeat = findShown(root, s.repeat);
  const repeatLabel = repeat ? `${repeat.getAttribute('aria-label') ?? ''} ${repeat.textContent ?? ''}` : '';
  return buildDraft({
    title: shownText(root, s.title),
    description: shownText(root, s.body),
    ...readShownTimes(root, s, now),
    location: shownText(root, s.location),
    recurrence: parseRecurrence(repeatLabel),
    attendees: [...root.querySelectorAll(s.attendee)].map((el) => el.getAttribute('title') ?? ''),
  });
}

const outlookHosts = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

export const outlookCalendar: HostIntegration = {
  id: 'outlook-calendar',
  hosts: outlookHosts,
  matches: onHosts(outlookHosts),
  init: (signal, ctx) => watchMeetingForm(signal, ctx, outlookHost, document),
};

/*
 * Test fixtures:
 * - tests/fixtures/hosts/outlook-new-event.html (English UI, full-page compose, hashed classes)
 * - tests/fixtures/hosts/outlook-new-event-da.html (Danish UI, popover in #fluent-default-layer-host)
 * - tests/fixtures/hosts/hostile-page.html (markup and script text in the fields, a huge description)
 */
