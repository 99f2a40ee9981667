import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { createDraftAgenda } from './create-draft-agenda.ts';
import { escapeIcsText, foldIcsLine } from './ics-text.ts';
import type { MeetingDraft } from './meeting-draft.ts';
import { draftFieldKeys, meetingMessages } from './meeting-messages.ts';
import { formatIcsUtc, parseMeetingTime } from './meeting-time.ts';
import { parseMeetingDraft } from './parse-meeting-draft.ts';
import { parseRrule } from './parse-rrule.ts';
import { renderAgendaText } from './render-agenda.ts';

export interface IcsOptions {
  /** Globally unique and stable for the meeting, so a re-import updates instead of duplicating. */
  uid: string;
  now: Date;
  locale: Locale;
  /** Append the computed agenda to the description. */
  agenda?: boolean;
}

export type IcsErrorCode = 'invalid-draft' | 'missing-start' | 'end-before-start' | 'invalid-recurrence';

/** Why no calendar file could be made; `message` is localized and fit to show the user. */
export class IcsError extends Error {
  override readonly name = 'IcsError';
  readonly code: IcsErrorCode;

  constructor(code: IcsErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * An RFC 5545 calendar with one event, as Outlook and Google Calendar import it: CRLF lines folded at
 * 75 octets, times in UTC. Without an end, the event lasts as long as its agenda.
 * Throws `IcsError` (never returns a partial file) when the draft has no start or cannot be read.
 * A draft carries an offset, not a time zone, so a series keeps its UTC time across a daylight-saving change.
 */
export function createIcs(draft: MeetingDraft, options: IcsOptions): string {
  const event = readEvent(draft, options);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Netverk//Meeting guide//${options.locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(options.uid)}`,
    `DTSTAMP:${formatIcsUtc(options.now.getTime())}`,
    `DTSTART:${formatIcsUtc(event.startMs)}`,
    `DTEND:${formatIcsUtc(event.endMs)}`,
    ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
    `SUMMARY:${escapeIcsText(event.title)}`,
    ...(event.description === '' ? [] : [`DESCRIPTION:${escapeIcsText(event.description)}`]),
    ...(event.location === '' ? [] : [`LOCATION:${escapeIcsText(event.location)}`]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

interface IcsEvent {
  title: string;
  description: string;
  location: string;
  startMs: number;
  endMs: number;
  rrule?: string;
}

function readEvent(draft: MeetingDraft, options: IcsOptions): IcsEvent {
  const t = createTranslator(meetingMessages, options.locale);
  const parsed = parseMeetingDraft(draft);
  if (!parsed.ok) {
    throw new IcsError('invalid-draft', t('icsInvalidDraft', { field: t(draftFieldKeys[parsed.field]) }));
  }
  const valid = parsed.draft;
  const start = valid.start === undefined ? undefined : parseMeetingTime(valid.start);
  if (!start) throw new IcsError('missing-start', t('icsMissingStart'));
  const agenda = createDraftAgenda(valid, options.locale);
  const end = valid.end === undefined ? undefined : parseMeetingTime(valid.end);
  const endMs = end ? end.epochMs : start.epochMs + agenda.totalMinutes * 60_000;
  if (endMs <= start.epochMs) throw new IcsError('end-before-start', t('icsEndBeforeStart'));
  const recurrence = valid.recurrence?.trim() ?? '';
  const rrule = recurrence === '' ? undefined : parseRrule(recurrence);
  if (recurrence !== '' && !rrule) throw new IcsError('invalid-recurrence', t('icsInvalidRecurrence'));
  const description = options.agenda
    ? [valid.description.trim(), renderAgendaText(agenda, options.locale)].filter(Boolean).join('\n\n')
    : valid.description.trim();
  const event: IcsEvent = {
    title: valid.title,
    description,
    location: valid.location?.trim() ?? '',
    startMs: start.epochMs,
    endMs,
  };
  if (rrule) event.rrule = rrule.value;
  return event;
}
