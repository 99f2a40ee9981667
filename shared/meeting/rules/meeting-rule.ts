import type { Translate } from '../../i18n/define-messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Agenda } from '../create-agenda.ts';
import type { MeetingPrompt } from '../meeting-draft.ts';
import type { MeetingMessageKey } from '../meeting-messages.ts';
import type { MeetingTime } from '../meeting-time.ts';
import type { ValidMeetingDraft } from '../parse-meeting-draft.ts';

/** What every rule sees: the validated draft and what is derived from it once. */
export interface MeetingContext {
  draft: ValidMeetingDraft;
  locale: Locale;
  now: Date;
  t: Translate<MeetingMessageKey>;
  start?: MeetingTime;
  end?: MeetingTime;
  /** Title and description together, for keyword checks. */
  text: string;
  /** How many attend, when the page says; `undefined` when unknown. */
  attendees?: number;
  /** Whether the description already holds an agenda. */
  hasAgenda: boolean;
  /** The agenda this draft would get (with an assumed group size when attendees are unknown). */
  agenda: Agenda;
}

/** One check of a meeting draft. The ids of its prompts start with the rule's id. */
export interface MeetingRule {
  id: string;
  check(context: MeetingContext): MeetingPrompt | null;
}
