import { isCalendarHost } from '../calendar-hosts.ts';
import { editorText, isHidden } from '../dom/dom-helpers.ts';
import { labelHas, labelOf } from '../dom/label-of.ts';
import { buildDraft } from '../draft/build-draft.ts';
import { readTimes } from '../draft/parse-host-time.ts';
import { parseRecurrence } from '../draft/parse-recurrence.ts';
import type { Integration } from '../integration.ts';
import type { MeetingHost, PageMeetingForm } from '../meeting-form.ts';
import { pageMeetingForm } from '../page-meeting-form.ts';
import { intranetSelectors as s, formFieldWords as words } from '../selectors.ts';
import { watchMeetingForm } from '../watch-meeting-form.ts';

type TimeParts = { startDate?: string; startTime?: string; endDate?: string; endTime?: string };

/**
 * Intranet calendars (FullCalendar, Toast UI, home-made): an event form is any shown form or dialog
 * with a labelled title field and a date field or a description, in Danish, Swedish or English.
 */
export const genericCalendarHost: MeetingHost = {
  findForm(doc): PageMeetingForm | undefined {
    for (const root of doc.querySelectorAll(s.form)) {
      if (isHidden(root) || !titleField(root)) continue;
      if (dateFields(root).length === 0 && !descriptionField(root)) continue;
      return pageMeetingForm({
        root,
        readText: () => readText(root),
        readDraft: (now) => readDraft(root, now),
        description: () => descriptionField(root),
      });
    }
    return undefined;
  },
};

function titleField(root: Element): HTMLInputElement | undefined {
  for (const input of root.querySelectorAll<HTMLInputElement>(s.textInput)) {
    const label = labelOf(input);
    if (
      !isHidden(input) &&
      labelHas(label, words.title) &&
      !labelHas(label, [...words.date, ...words.time])
    ) {
      return input;
    }
  }
  return undefined;
}

function dateFields(root: Element): HTMLInputElement[] {
  const typed = [...root.querySelectorAll<HTMLInputElement>(`${s.dateInput}, ${s.timeInput}`)];
  const labelled = [...root.querySelectorAll<HTMLInputElement>(s.textInput)].filter((input) =>
    labelHas(labelOf(input), [...words.date, ...words.time]),
  );
  return [...typed, ...labelled].filter((input) => !isHidden(input));
}

function descriptionField(root: Element): HTMLElement | null {
  const candidates = [...root.querySelectorAll<HTMLElement>(s.description)].filter((el) => !isHidden(el));
  return candidates.find((el) => labelHas(labelOf(el), words.description)) ?? candidates[0] ?? null;
}

/** Sorts the date and time fields into start and end by their labels; unlabelled ones fill in order. */
function timeParts(root: Element): TimeParts {
  const parts: TimeParts = {};
  for (const input of dateFields(root)) {
    const label = labelOf(input);
    const side = labelHas(label, words.end) && !labelHas(label, words.start) ? 'end' : 'start';
    const value = input.value.trim();
    if (input.type === 'datetime-local') {
      const [date = '', time = ''] = value.split('T');
      parts[`${side}Date`] ??= date;
      parts[`${side}Time`] ??= time;
    } else {
      const kind =
        input.type === 'time' || (input.type !== 'date' && labelHas(label, words.time)) ? 'Time' : 'Date';
      const key: keyof TimeParts = parts[`${side}${kind}`] === undefined ? `${side}${kind}` : `end${kind}`;
      parts[key] ??= value;
    }
  }
  return parts;
}

function readDraft(root: Element, now: Date) {
  const recurrence = [...root.querySelectorAll<HTMLSelectElement>(s.recurrence)].find((el) =>
    labelHas(labelOf(el), words.recurrence),
  );
  const location = [...root.querySelectorAll<HTMLInputElement>(s.textInput)].find((el) =>
    labelHas(labelOf(el), words.location),
  );
  const description = descriptionField(root);
  return buildDraft({
    title: titleField(root)?.value ?? '',
    description: description ? fieldValue(description) : '',
    ...readTimes(timeParts(root), now),
    location: location?.value,
    recurrence: recurrence
      ? (parseRecurrence(recurrence.value) ?? parseRecurrence(selectedText(recurrence)))
      : undefined,
  });
}

function readText(root: Element): { title: string; description: string } {
  const description = descriptionField(root);
  return { title: titleField(root)?.value ?? '', description: description ? fieldValue(description) : '' };
}

function fieldValue(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement ? el.value : editorText(el);
}

function selectedText(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent ?? '';
}

export const genericCalendarForm: Integration = {
  id: 'generic-calendar-form',
  // Runs only where the user enabled the extension (intranet sites), never on the big calendars.
  matches: (url, doc) => !isCalendarHost(url) && doc.documentElement !== null,
  init: (signal, ctx) => watchMeetingForm(signal, ctx, genericCalendarHost, document),
};

/*
 * Test fixtures:
 * - tests/fixtures/hosts/intranet-fullcalendar.html (real FullCalendar grid and a labelled Danish event form)
 * - tests/fixtures/hosts/intranet-theme-page.html (a search form only: no event form must be found)
 */
