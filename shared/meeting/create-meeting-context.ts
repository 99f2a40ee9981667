import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { createDraftAgenda } from './create-draft-agenda.ts';
import { describesAgenda } from './describes-agenda.ts';
import { meetingMessages } from './meeting-messages.ts';
import { parseMeetingTime } from './meeting-time.ts';
import { countAttendees, type ValidMeetingDraft } from './parse-meeting-draft.ts';
import type { MeetingContext } from './rules/meeting-rule.ts';

/** Derives once what the rules share: parsed times, attendee count, the agenda this draft would get. */
export function createMeetingContext(draft: ValidMeetingDraft, locale: Locale, now: Date): MeetingContext {
  const context: MeetingContext = {
    draft,
    locale,
    now,
    t: createTranslator(meetingMessages, locale),
    text: `${draft.title}\n${draft.description}`,
    hasAgenda: describesAgenda(draft.description),
    agenda: createDraftAgenda(draft, locale),
  };
  const attendees = countAttendees(draft);
  const start = draft.start === undefined ? undefined : parseMeetingTime(draft.start);
  const end = draft.end === undefined ? undefined : parseMeetingTime(draft.end);
  if (start) context.start = start;
  if (end) context.end = end;
  if (attendees !== undefined) context.attendees = attendees;
  return context;
}
