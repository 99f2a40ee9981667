import {
  checkMeeting,
  createAgenda,
  createIcs,
  type Locale,
  type MeetingDraft,
  type MeetingPrompt,
  renderAgendaText,
} from '../../../../shared/index.ts';

/** Group size assumed for the agenda when the page does not show the attendees. */
const assumedAttendees = 10;

/** The prompts for a draft; the core never throws on a bad draft, it says so in a prompt. */
export function promptsFor(draft: MeetingDraft, locale: Locale, now: Date, dismissed: readonly string[]) {
  return checkMeeting(draft, { locale, now, dismissed });
}

/** The agenda to insert: the core's suggested one when a prompt carries it, else one timed for the draft. */
export function agendaTextFor(
  draft: MeetingDraft,
  locale: Locale,
  prompts: readonly MeetingPrompt[],
): string {
  for (const prompt of prompts) if (prompt.fix?.kind === 'insert-agenda') return prompt.fix.text;
  const attendees = Array.isArray(draft.attendees) ? draft.attendees.length : draft.attendees;
  const agenda = createAgenda({
    locale,
    attendees: attendees || assumedAttendees,
    ...(draft.start ? { start: draft.start } : {}),
    ...(draft.end ? { end: draft.end } : {}),
  });
  return renderAgendaText(agenda, locale);
}

/** The draft with the prompts' suggested recurrence and end applied where the page has none. */
export function withSuggestedFixes(draft: MeetingDraft, prompts: readonly MeetingPrompt[]): MeetingDraft {
  const out = { ...draft };
  for (const { fix } of prompts) {
    if (fix?.kind === 'set-recurrence' && !out.recurrence) out.recurrence = fix.rrule;
    if (fix?.kind === 'set-end' && !out.end) out.end = fix.end;
  }
  return out;
}

/** The series as an .ics file, or the localized reason there is none. */
export function icsFor(
  draft: MeetingDraft,
  options: { locale: Locale; now: Date; uid: string },
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: createIcs(draft, { ...options, agenda: true }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
