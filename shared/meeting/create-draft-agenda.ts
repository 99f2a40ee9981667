import type { Locale } from '../i18n/locale.ts';
import { agendaPartKeywords } from './agenda-keywords.ts';
import { type Agenda, createAgenda } from './create-agenda.ts';
import { hasKeyword } from './has-keyword.ts';
import { countAttendees, type ValidMeetingDraft } from './parse-meeting-draft.ts';
import { usualGroup } from './usual-group.ts';

/** Group size the suggested agenda assumes when the page does not show the attendees: the one participants rule. */
export const assumedAttendees = usualGroup;

/** The agenda a draft would get: its times and attendees, and a guest speaker when the text mentions one. */
export function createDraftAgenda(
  draft: ValidMeetingDraft,
  locale: Locale,
  guestSpeaker = hasKeyword(`${draft.title}\n${draft.description}`, agendaPartKeywords['guest-speaker']),
): Agenda {
  return createAgenda({
    locale,
    attendees: countAttendees(draft) ?? assumedAttendees,
    ...(draft.start === undefined ? {} : { start: draft.start }),
    ...(draft.end === undefined ? {} : { end: draft.end }),
    guestSpeaker,
  });
}
