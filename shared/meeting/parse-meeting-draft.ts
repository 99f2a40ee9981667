import type { z } from 'zod';
import type { meetingDraftSchema } from './meeting-draft.ts';
import { parseMeetingTime } from './meeting-time.ts';
import { isTimeZone } from './time-zone.ts';

/** A draft that passed `meetingDraftSchema`: the description is always there. */
export type ValidMeetingDraft = z.output<typeof meetingDraftSchema>;

export type DraftField = keyof ValidMeetingDraft;

export type ParsedMeetingDraft = { ok: true; draft: ValidMeetingDraft } | { ok: false; field: DraftField };

const maxLength = { title: 2_000, description: 100_000, location: 2_000, recurrence: 500 } as const;
const maxAttendees = 2_000;

/**
 * Accepts exactly what `meetingDraftSchema` accepts (a parity test holds them together), by hand:
 * zod's full build would add ~24 KB gzipped to the extension's content script.
 */
export function parseMeetingDraft(input: unknown): ParsedMeetingDraft {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, field: 'title' };
  const raw = input as Record<string, unknown>;
  if (!isText(raw.title, maxLength.title)) return { ok: false, field: 'title' };
  const draft: ValidMeetingDraft = { title: raw.title, description: '' };
  if (raw.description !== undefined) {
    if (!isText(raw.description, maxLength.description)) return { ok: false, field: 'description' };
    draft.description = raw.description;
  }
  for (const field of ['start', 'end'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !parseMeetingTime(value)) return { ok: false, field };
    draft[field] = value;
  }
  for (const field of ['location', 'recurrence'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (!isText(value, maxLength[field])) return { ok: false, field };
    draft[field] = value;
  }
  if (raw.timeZone !== undefined) {
    if (!isTimeZone(raw.timeZone)) return { ok: false, field: 'timeZone' };
    draft.timeZone = raw.timeZone;
  }
  if (raw.attendees !== undefined) {
    if (!isAttendees(raw.attendees)) return { ok: false, field: 'attendees' };
    draft.attendees = raw.attendees;
  }
  return { ok: true, draft };
}

/** How many people the draft names, or `undefined` when the page did not say. */
export function countAttendees(draft: ValidMeetingDraft): number | undefined {
  const count = Array.isArray(draft.attendees) ? draft.attendees.length : draft.attendees;
  return count ? count : undefined;
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isAttendees(value: unknown): value is string[] | number {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 && value <= maxAttendees;
  if (!Array.isArray(value) || value.length > maxAttendees) return false;
  // An index loop, not `every`: `every` skips the holes of a sparse array, which zod rejects.
  for (let i = 0; i < value.length; i++) if (!isText(value[i], 500)) return false;
  return true;
}
