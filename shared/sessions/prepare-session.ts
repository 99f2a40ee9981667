import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { parseMeetingTime } from '../meeting/meeting-time.ts';
import { usualGroup } from '../meeting/usual-group.ts';
import type { Template } from '../templates/template-schema.ts';
import {
  type EventTime,
  type EventTimeProblem,
  isEventTimeProblem,
  resolveEventTime,
} from './resolve-event-time.ts';
import type { RunningOrder } from './running-order.ts';
import { type SessionMessageKey, sessionMessages } from './session-messages.ts';
import { type Session, sessionLimits } from './session-schema.ts';
import { timeSession } from './time-session.ts';

type Msg = Translate<SessionMessageKey>;

/** What a facilitator asks for: "Unfold the theme, Tuesday 09:00–11:00, 30 people". */
export interface SessionRequest {
  session: Session;
  /** A pack's own templates, looked up before the built-in ones. */
  templates?: readonly Template[];
  locale: Locale;
  /** Default: `defaultParticipants(session)`. */
  participants?: number;
  /** `HH:MM`, ISO 8601 with offset or `Z`, or a local date-time (needs a zone). */
  start?: string;
  /** The event's IANA zone (`--tz`, the calendar's). */
  timeZone?: string;
  /** The machine's or browser's zone, for the zone rule (`resolveEventTime`). */
  machineZone?: string;
  /** The length; else from `end`; else the session's own. */
  minutes?: number;
  /** The event's end (ISO with offset): the length is end − start. */
  end?: string;
  network?: string;
  theme?: string;
  /** Put the guest-speaker block on (the open meeting's, when the members asked for one). */
  guest?: boolean;
}

export type SessionProblemCode =
  | 'does-not-fit'
  | 'outside-range'
  | 'start-converted'
  | 'bad-start'
  | 'bad-zone'
  | 'need-zone'
  | 'dst-gap'
  | 'bad-length';

/** A localized problem; `error` means no running order may be used (nothing is built or inserted). */
export interface SessionProblem {
  code: SessionProblemCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface PreparedSession {
  /** True when the running order may be used: it exists, fits, and no problem is an error. */
  ok: boolean;
  /** Absent only when the request itself was unusable (a bad start, zone or length). */
  order?: RunningOrder;
  problems: SessionProblem[];
  participants: number;
  minutes: number;
  /** The start as resolved (an instant in `timeZone`, or `HH:MM`). */
  start?: string;
  timeZone?: string;
}

export { usualGroup };

export function defaultParticipants(session: Session): number {
  return Math.min(session.participants.max, Math.max(session.participants.min, usualGroup));
}

/** The length when none is given: the session's own, or the open meeting's usual 90. */
export function defaultSessionMinutes(session: Session): number {
  return session.minutes === 'from-user' ? (session.defaultMinutes ?? 90) : session.minutes;
}

/**
 * The one entry point for a running order: every front-end (CLI `session`, `pack`, `plan`, the
 * Generate and Run tabs, the calendar card, the popup's Workshop tab) asks here, so defaults
 * (participants, length, zone) are decided once and every output tells the same times.
 */
export function prepareSession(request: SessionRequest): PreparedSession {
  const { session, locale } = request;
  const t = createTranslator(sessionMessages, locale);
  const participants = clampParticipants(request.participants ?? defaultParticipants(session));
  const problems: SessionProblem[] = [];
  const error = (code: SessionProblemCode, message: string): PreparedSession => ({
    ok: false,
    problems: [{ code, severity: 'error', message }],
    participants,
    minutes: request.minutes ?? defaultSessionMinutes(session),
  });

  const time = resolveEventTime({
    locale,
    ...(request.start === undefined ? {} : { start: request.start }),
    ...(request.timeZone === undefined ? {} : { timeZone: request.timeZone }),
    ...(request.machineZone === undefined ? {} : { machineZone: request.machineZone }),
  });
  if (isEventTimeProblem(time)) return error(time.code, timeProblemText(time, t));
  if (time.converted)
    problems.push({
      code: 'start-converted',
      severity: 'info',
      message: t('startConverted', {
        from: time.converted.from,
        to: time.converted.to,
        zone: time.timeZone ?? '',
      }),
    });

  const minutes = lengthOf(request, time);
  if (minutes === undefined || minutes < sessionLimits.minutes.min || minutes > sessionLimits.minutes.max)
    return error(
      'bad-length',
      t('badLength', { min: sessionLimits.minutes.min, max: sessionLimits.minutes.max }),
    );

  const order = timeSession(withGuest(session, request.guest === true), {
    locale,
    participants,
    minutes,
    ...(time.start === undefined ? {} : { start: time.start }),
    ...(time.timeZone === undefined ? {} : { timeZone: time.timeZone }),
    ...(request.templates === undefined ? {} : { templates: request.templates }),
  });
  const network = request.network?.trim();
  const theme = request.theme?.trim();
  if (network) order.network = network;
  if (theme) order.theme = theme;
  if (!order.fits)
    problems.unshift({ code: 'does-not-fit', severity: 'error', message: order.warnings[0] ?? '' });
  const { min, max } = session.participants;
  if (participants < min || participants > max)
    problems.push({
      code: 'outside-range',
      severity: 'warning',
      message: t('outsideRange', { title: order.title, min, max, count: participants }),
    });
  return {
    ok: order.fits,
    order,
    problems,
    participants,
    minutes,
    ...(time.start === undefined ? {} : { start: time.start }),
    ...(time.timeZone === undefined ? {} : { timeZone: time.timeZone }),
  };
}

function clampParticipants(value: number): number {
  const { min, max } = sessionLimits.participants;
  if (!Number.isFinite(value)) return usualGroup;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function lengthOf(request: SessionRequest, time: EventTime): number | undefined {
  if (request.minutes !== undefined) return Number.isInteger(request.minutes) ? request.minutes : undefined;
  if (request.end !== undefined && time.start !== undefined) {
    const start = parseMeetingTime(time.start);
    // The end is written as the start may be: without seconds, or in UTC.
    const end = parseMeetingTime(request.end.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})([+-]|Z)/, '$1:00$2'));
    if (start && end) return Math.floor((end.epochMs - start.epochMs) / 60_000);
  }
  return defaultSessionMinutes(request.session);
}

/** The session without its guest-only blocks, unless a guest is asked for. */
function withGuest(session: Session, guest: boolean): Session {
  if (guest || !session.blocks.some((block) => block.whenGuest)) return session;
  return { ...session, blocks: session.blocks.filter((block) => !block.whenGuest) };
}

// Each time problem's message, by its code.
const timeProblemTexts: {
  [C in EventTimeProblem['code']]: (problem: Extract<EventTimeProblem, { code: C }>, t: Msg) => string;
} = {
  'bad-start': (p, t) => t('badStart', { start: p.value }),
  'bad-zone': (p, t) => t('badZone', { zone: p.zone }),
  'need-zone': (p, t) => t('needZone', { start: p.value }),
  'dst-gap': (p, t) => t('dstGap', { start: p.value, zone: p.zone }),
};

function timeProblemText(problem: EventTimeProblem, t: Msg): string {
  const text = timeProblemTexts[problem.code] as (p: EventTimeProblem, t: Msg) => string;
  return text(problem, t);
}
