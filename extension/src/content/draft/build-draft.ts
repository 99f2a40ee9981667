import type { MeetingDraft } from '../../../../shared/index.ts';

/** The raw parts a page shows; empty strings and empty lists mean "not shown". */
export interface DraftParts {
  title: string;
  description: string;
  start?: string | undefined;
  end?: string | undefined;
  location?: string | undefined;
  recurrence?: string | undefined;
  attendees?: string[] | undefined;
}

// The core's draft limits: a hostile or huge page is cut, never rejected.
const limits = { title: 2_000, description: 100_000, location: 2_000, attendee: 500, attendees: 2_000 };

/** A MeetingDraft within the core's limits, with only the parts the page really showed. */
export function buildDraft(parts: DraftParts): MeetingDraft {
  const draft: MeetingDraft = {
    title: parts.title.trim().slice(0, limits.title),
    description: parts.description.slice(0, limits.description),
  };
  if (parts.start) draft.start = parts.start;
  if (parts.end) draft.end = parts.end;
  // The user's zone, so an exported series keeps its local time across daylight saving.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZone) draft.timeZone = timeZone;
  const location = parts.location?.trim();
  if (location) draft.location = location.slice(0, limits.location);
  if (parts.recurrence) draft.recurrence = parts.recurrence;
  const attendees = (parts.attendees ?? []).map((a) => a.trim().slice(0, limits.attendee)).filter(Boolean);
  if (attendees.length > 0) draft.attendees = attendees.slice(0, limits.attendees);
  return draft;
}
