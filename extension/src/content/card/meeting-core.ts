import {
  type Agenda,
  checkMeeting,
  createAgenda,
  createIcs,
  type Locale,
  type MeetingDraft,
  type MeetingPrompt,
  renderAgendaText,
} from '../../../../shared/index.ts';
import { markAgenda } from './agenda-block.ts';

/** Group size assumed for the agenda when the page does not show the attendees. */
const assumedAttendees = 10;

/** The prompts for a draft; the core never throws on a bad draft, it says so in a prompt. */
export function promptsFor(draft: MeetingDraft, locale: Locale, now: Date, dismissed: readonly string[]) {
  return checkMeeting(draft, { locale, now, dismissed });
}

/**
 * The agenda to insert, marked so the next insert replaces it: the core's suggested one when a prompt
 * carries it, else one timed for the draft.
 */
export function agendaTextFor(
  draft: MeetingDraft,
  locale: Locale,
  prompts: readonly MeetingPrompt[],
): string {
  for (const prompt of prompts) if (prompt.fix?.kind === 'insert-agenda') return markAgenda(prompt.fix.text);
  return markAgenda(renderAgendaText(agendaForDraft(draft, locale), locale));
}

/** The one agenda rule for the draft's times and listed attendees (an assumed group when none are listed). */
export function agendaForDraft(draft: MeetingDraft, locale: Locale, guestSpeaker = false): Agenda {
  const attendees = Array.isArray(draft.attendees) ? draft.attendees.length : draft.attendees;
  return createAgenda({
    locale,
    attendees: attendees || assumedAttendees,
    ...(draft.start ? { start: draft.start } : {}),
    ...(draft.end ? { end: draft.end } : {}),
    guestSpeaker,
  });
}

/**
 * The draft with the prompts' suggested recurrence, end and agenda applied where the page has none:
 * the description is the page's, plus the agenda "Insert agenda" would write when it has none yet.
 */
export function withSuggestedFixes(draft: MeetingDraft, prompts: readonly MeetingPrompt[]): MeetingDraft {
  const out = { ...draft };
  for (const { fix } of prompts) {
    if (fix?.kind === 'insert-agenda') {
      const page = draft.description?.trim() ?? '';
      out.description = [page, markAgenda(fix.text)].filter(Boolean).join('\n\n');
    }
    if (fix?.kind === 'set-recurrence' && !out.recurrence) out.recurrence = fix.rrule;
    if (fix?.kind === 'set-end' && !out.end) out.end = fix.end;
  }
  return out;
}

/** The series as an .ics file with the description as given (never a second agenda), or the reason there is none. */
export function icsFor(
  draft: MeetingDraft,
  options: { locale: Locale; now: Date },
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: createIcs(draft, options) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
