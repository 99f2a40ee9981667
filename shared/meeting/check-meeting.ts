import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { createDraftAgenda } from './create-draft-agenda.ts';
import { describesAgenda } from './describes-agenda.ts';
import type { MeetingDraft, MeetingPrompt } from './meeting-draft.ts';
import { draftFieldKeys, type MeetingMessageKey, meetingMessages } from './meeting-messages.ts';
import { parseMeetingTime } from './meeting-time.ts';
import { countAttendees, parseMeetingDraft, type ValidMeetingDraft } from './parse-meeting-draft.ts';
import type { MeetingContext } from './rules/meeting-rule.ts';
import { meetingRules } from './rules/meeting-rules.ts';

export interface CheckMeetingOptions {
  locale: Locale;
  now: Date;
  /** Prompt ids (or rule ids, which hide all of a rule's prompts) the user has dismissed. */
  dismissed?: readonly string[];
}

/**
 * Checks a meeting draft against the recipe for open network meetings. Never throws: an unreadable
 * draft gives one error prompt. Messages are plain text and never repeat the draft's own text.
 */
export function checkMeeting(draft: MeetingDraft, options: CheckMeetingOptions): MeetingPrompt[] {
  const t = createTranslator(meetingMessages, options.locale);
  const dismissed = new Set(options.dismissed ?? []);
  const parsed = parseMeetingDraft(draft);
  if (!parsed.ok) {
    const id = 'invalid-draft';
    const key = parsed.field === 'start' || parsed.field === 'end' ? 'invalidDate' : 'invalidField';
    const prompt: MeetingPrompt = {
      id,
      severity: 'error',
      message: t(key, { field: t(draftFieldKeys[parsed.field]) }),
    };
    return dismissed.has(id) ? [] : [prompt];
  }
  const context = createMeetingContext(parsed.draft, options, t);
  const prompts: MeetingPrompt[] = [];
  for (const rule of meetingRules) {
    if (dismissed.has(rule.id)) continue;
    const prompt = rule.check(context);
    if (prompt && !dismissed.has(prompt.id)) prompts.push(prompt);
  }
  return prompts;
}

function createMeetingContext(
  draft: ValidMeetingDraft,
  options: CheckMeetingOptions,
  t: Translate<MeetingMessageKey>,
): MeetingContext {
  const context: MeetingContext = {
    draft,
    locale: options.locale,
    now: options.now,
    t,
    text: `${draft.title}\n${draft.description}`,
    hasAgenda: describesAgenda(draft.description),
    agenda: createDraftAgenda(draft, options.locale),
  };
  const attendees = countAttendees(draft);
  const start = draft.start === undefined ? undefined : parseMeetingTime(draft.start);
  const end = draft.end === undefined ? undefined : parseMeetingTime(draft.end);
  if (start) context.start = start;
  if (end) context.end = end;
  if (attendees !== undefined) context.attendees = attendees;
  return context;
}
