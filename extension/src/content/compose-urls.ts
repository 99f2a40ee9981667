import type { MeetingDraft } from '../../../shared/index.ts';

/** Calendars and proxies refuse very long URLs; the description is cut to keep the link working. */
export const maxUrlText = 1_500;

function clip(text: string): string {
  return text.length > maxUrlText ? `${text.slice(0, maxUrlText)}…` : text;
}

/** `20261201T080000Z`: the UTC form both calendars' URLs take. */
function utcStamp(iso: string): string | undefined {
  const ms = Date.parse(iso);
  return Number.isNaN(ms)
    ? undefined
    : new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}

/** Google Calendar's pre-filled new event (`render?action=TEMPLATE`). */
export function googleComposeUrl(draft: MeetingDraft): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', draft.title);
  if (draft.description) url.searchParams.set('details', clip(draft.description));
  if (draft.location) url.searchParams.set('location', draft.location);
  const start = draft.start ? utcStamp(draft.start) : undefined;
  const end = draft.end ? utcStamp(draft.end) : undefined;
  if (start) url.searchParams.set('dates', `${start}/${end ?? start}`);
  if (draft.recurrence) url.searchParams.set('recur', `RRULE:${draft.recurrence.replace(/^RRULE:/i, '')}`);
  return url.href;
}

/** Outlook on the web's pre-filled new event (`deeplink/compose`), on the same Outlook host. */
export function outlookComposeUrl(origin: string, draft: MeetingDraft): string {
  // Personal accounts (outlook.live.com) keep the calendar under a mailbox index.
  const path = origin.includes('outlook.live.com')
    ? '/calendar/0/deeplink/compose'
    : '/calendar/deeplink/compose';
  const url = new URL(path, origin);
  url.searchParams.set('subject', draft.title);
  if (draft.description) url.searchParams.set('body', clip(draft.description));
  if (draft.location) url.searchParams.set('location', draft.location);
  if (draft.start) url.searchParams.set('startdt', draft.start);
  if (draft.end) url.searchParams.set('enddt', draft.end);
  return url.href;
}
