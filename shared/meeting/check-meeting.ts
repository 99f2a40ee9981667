import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { createMeetingContext } from './create-meeting-context.ts';
import type { MeetingDraft, MeetingPrompt } from './meeting-draft.ts';
import { draftFieldKeys, meetingMessages } from './meeting-messages.ts';
import { parseMeetingDraft } from './parse-meeting-draft.ts';
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
  const context = createMeetingContext(parsed.draft, options.locale, options.now);
  const prompts: MeetingPrompt[] = [];
  for (const rule of meetingRules) {
    if (dismissed.has(rule.id)) continue;
    const prompt = rule.check(context);
    if (prompt && !dismissed.has(prompt.id)) prompts.push(prompt);
  }
  return prompts;
}
