import { z } from 'zod';
import { isTimeZone } from './time-zone.ts';

/** A meeting as the user is drafting it in a calendar; everything but the title may still be empty. */
export const meetingDraftSchema = z.object({
  title: z.string().max(2_000),
  description: z.string().max(100_000).default(''),
  /** ISO 8601 date-time with offset or `Z`, e.g. `2026-12-01T09:00:00+01:00`. */
  start: z.iso.datetime({ offset: true }).optional(),
  end: z.iso.datetime({ offset: true }).optional(),
  location: z.string().max(2_000).optional(),
  /** The user's IANA time zone, e.g. `Europe/Copenhagen` (`Intl.DateTimeFormat().resolvedOptions().timeZone`): a series keeps its local time in it. */
  timeZone: z
    .string()
    .max(100)
    // A message key, so each caller words it in the user's language (see safeParseLocalized).
    .refine((zone) => isTimeZone(zone), { params: { key: 'unknownTimeZone' } })
    .optional(),
  /** An RFC 5545 RRULE, with or without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;BYDAY=2TU`. */
  recurrence: z.string().max(500).optional(),
  /** Attendee addresses or names, or just their number when that is all the page shows. */
  attendees: z.union([z.array(z.string().max(500)).max(2_000), z.int().min(0).max(2_000)]).optional(),
});
export type MeetingDraft = z.input<typeof meetingDraftSchema>;

export type PromptSeverity = 'info' | 'warning' | 'error';

/** A fix the host can apply on the user's click. */
export type PromptFix =
  | { kind: 'insert-agenda'; text: string }
  | { kind: 'set-recurrence'; rrule: string }
  | { kind: 'set-end'; end: string };

export interface MeetingPrompt {
  /** Stable id, so a user can dismiss a prompt for a series. */
  id: string;
  severity: PromptSeverity;
  message: string;
  fix?: PromptFix;
}
