import {
  checkMeeting,
  isNetworkMeeting,
  isWorkshop,
  type Locale,
  type MeetingDraft,
} from '../../../shared/index.ts';
import { agendaFits } from './agenda-fit.ts';

/** What the add-in knows of the user: language and the keywords from the shared settings schema. */
export interface CheckSettings {
  locale: Locale;
  keywords: readonly string[];
  workshopKeywords: readonly string[];
  now: Date;
}

/** Why a meeting should not go out as it is; the runtime words it in the user's language. */
export type SendProblem = 'no-agenda' | 'no-running-order' | 'agenda-misfit' | 'running-order-misfit';

/**
 * The check before sending (Outlook's OnAppointmentSend): a network meeting or workshop needs an
 * agenda (or running order) in the body, and one Netverk wrote must still fit the time and attendees.
 * Any other meeting passes untouched.
 */
export function checkBeforeSend(draft: MeetingDraft, settings: CheckSettings): SendProblem | undefined {
  const kind = meetingKind(draft, settings);
  if (!kind) return undefined;
  const prompts = checkMeeting(draft, { locale: settings.locale, now: settings.now });
  if (prompts.some((prompt) => prompt.id === 'agenda'))
    return kind === 'workshop' ? 'no-running-order' : 'no-agenda';
  if (!agendaFits(draft, settings.locale, kind))
    return kind === 'workshop' ? 'running-order-misfit' : 'agenda-misfit';
  return undefined;
}

/** Whether the meeting is one of ours: a workshop by its title, else a network meeting by its words. */
export function meetingKind(
  draft: MeetingDraft,
  settings: Pick<CheckSettings, 'keywords' | 'workshopKeywords'>,
): 'network' | 'workshop' | undefined {
  if (isWorkshop(draft.title, settings.workshopKeywords)) return 'workshop';
  if (isNetworkMeeting(draft.title, draft.description ?? '', settings.keywords)) return 'network';
  return undefined;
}
