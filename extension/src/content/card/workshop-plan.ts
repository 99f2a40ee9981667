import {
  builtInSessions,
  findSession,
  formatIsoInOffset,
  type Locale,
  type MeetingDraft,
  parseMeetingTime,
  prepareSession,
  proposeSession,
  type RunningOrder,
  renderRunningOrderText,
  sessionLimits,
  usualGroup,
} from '../../../../shared/index.ts';
import { findAgendaRange, markAgenda } from './agenda-block.ts';

/** The group a workshop is timed for when the page lists no guests: the core's one participants rule. */
export const assumedWorkshopParticipants = usualGroup;

/** Why no running order could be made for the event as it stands; the card words it. */
export type WorkshopProblem =
  | { kind: 'too-short'; minutes: number }
  | { kind: 'too-long'; minutes: number }
  | { kind: 'end-before-start' }
  /** The session cannot fit the event, or its start cannot be read: the core's message, with a fix. */
  | { kind: 'core'; message: string };

export type WorkshopPlan = { ok: true; order: RunningOrder } | { ok: false; problem: WorkshopProblem };

/** The session proposed for a workshop event, by its title (a built-in one always exists). */
export function proposedSessionId(draft: MeetingDraft): string {
  const id = proposeSession(draft.title);
  return findSession(id) ? id : (builtInSessions[0]?.id ?? id);
}

/** Participants from the page's guest list, within what a session can be timed for. */
export function participantsFor(draft: MeetingDraft): number {
  const count = Array.isArray(draft.attendees) ? draft.attendees.length : draft.attendees;
  const { min, max } = sessionLimits.participants;
  if (count === undefined || count < min) return assumedWorkshopParticipants;
  return Math.min(max, count);
}

/**
 * The session timed to the event by the core (`timeSession`): its length from the event's start
 * and end (the session's own without an end), its clock from the start. Never re-timed here.
 */
export function planWorkshop(
  draft: MeetingDraft,
  options: { locale: Locale; sessionId: string; participants: number },
): WorkshopPlan {
  const session = findSession(options.sessionId) ?? findSession(proposedSessionId(draft));
  if (!session) throw new Error(`no built-in session ${options.sessionId}`);
  const start = draft.start === undefined ? undefined : parseMeetingTime(draft.start);
  const end = draft.end === undefined ? undefined : parseMeetingTime(draft.end);
  let minutes: number | undefined;
  if (start && end) {
    minutes = Math.floor((end.epochMs - start.epochMs) / 60_000);
    if (minutes <= 0) return { ok: false, problem: { kind: 'end-before-start' } };
    if (minutes < sessionLimits.minutes.min) return { ok: false, problem: { kind: 'too-short', minutes } };
    if (minutes > sessionLimits.minutes.max) return { ok: false, problem: { kind: 'too-long', minutes } };
  }
  const { min, max } = sessionLimits.participants;
  const participants = Math.min(max, Math.max(min, Math.round(options.participants) || min));
  // The core's one entry point, in the event's zone: the card never times a session itself.
  const prepared = prepareSession({
    session,
    locale: options.locale,
    participants,
    ...(minutes === undefined ? {} : { minutes }),
    ...(start && draft.start ? { start: draft.start } : {}),
    ...(draft.timeZone ? { timeZone: draft.timeZone } : {}),
  });
  const refusal = prepared.problems.find((problem) => problem.severity === 'error');
  // A running order that does not fit the event is never offered: the message says what to do instead.
  if (!prepared.order || refusal)
    return {
      ok: false,
      problem: { kind: 'core', message: refusal?.message ?? session.title[options.locale] },
    };
  return { ok: true, order: prepared.order };
}

/** The running order as the description gets it, marked so the next insert replaces it. */
export function runningOrderText(order: RunningOrder): string {
  return markAgenda(renderRunningOrderText(order));
}

/**
 * The draft with the running order in its description (over the block Netverk inserted before, or
 * after the page's text) and, without an end, ending when the running order does: what the .ics and
 * the pre-filled event carry.
 */
export function withRunningOrder(draft: MeetingDraft, order: RunningOrder): MeetingDraft {
  const text = runningOrderText(order);
  const page = draft.description ?? '';
  const range = findAgendaRange(page);
  const description = range
    ? `${page.slice(0, range.start)}${text}${page.slice(range.end)}`
    : [page.trim(), text].filter(Boolean).join('\n\n');
  const out: MeetingDraft = { ...draft, description };
  const start = draft.start === undefined ? undefined : parseMeetingTime(draft.start);
  if (!draft.end && start) {
    const minutes = order.totalMinutes + order.spareMinutes;
    out.end = formatIsoInOffset(start.epochMs + minutes * 60_000, start.offsetMinutes);
  }
  return out;
}
