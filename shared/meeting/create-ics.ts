import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { createDraftAgenda } from './create-draft-agenda.ts';
import { icsPlainText } from './ics-text.ts';
import type { MeetingDraft } from './meeting-draft.ts';
import { draftFieldKeys, type MeetingMessageKey, meetingMessages } from './meeting-messages.ts';
import { formatIsoInOffset, parseMeetingTime } from './meeting-time.ts';
import { parseMeetingDraft } from './parse-meeting-draft.ts';
import { renderAgendaText } from './render-agenda.ts';
import { rruleProblemMessage } from './rrule-problem-message.ts';
import { draftUid, type IcsSeries, icsSequence, seriesUid } from './series-uid.ts';
import { deriveTimeZone, isTimeZone, zonedToUtc, zoneOffsetMinutes } from './time-zone.ts';
import { validateRrule } from './validate-rrule.ts';
import { zonedDateTime } from './zoned-date-time.ts';

export interface IcsOptions {
  /** The series' id when the caller keeps one; else one made from `series`, else from the draft. */
  uid?: string;
  /**
   * What the series is (the network and its kind): the UID is made from it alone, so moving the
   * start or exporting in another language updates the same series.
   */
  series?: IcsSeries;
  /** The moment of the export: DTSTAMP, and SEQUENCE as minutes since a fixed day (higher every export). */
  now: Date;
  locale: Locale;
  /** Append the computed agenda to the description. */
  agenda?: boolean;
  /** Put the guest speaker on the agenda; default: when the title or description mentions one. */
  guestSpeaker?: boolean;
  /** IANA zone for the times (the CLI's `--tz`); the draft's `timeZone` wins, else one derived from the offset. */
  timeZone?: string;
}

export type IcsErrorCode =
  | 'invalid-draft'
  | 'missing-start'
  | 'end-before-start'
  | 'invalid-recurrence'
  | 'invalid-time-zone';

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
 * An RFC 5545 calendar with one event (ical-generator writes and folds it): `DTSTART;TZID=…` with its
 * VTIMEZONE, so a series keeps its local time across daylight saving. Without an end, the event
 * lasts as long as its agenda. Throws `IcsError` (never returns a file calendars reject).
 */
export function createIcs(draft: MeetingDraft, options: IcsOptions): string {
  const t = createTranslator(meetingMessages, options.locale);
  const parsed = parseMeetingDraft(draft);
  if (!parsed.ok) {
    throw new IcsError('invalid-draft', t('icsInvalidDraft', { field: t(draftFieldKeys[parsed.field]) }));
  }
  const valid = parsed.draft;
  const start = valid.start === undefined ? undefined : parseMeetingTime(valid.start);
  if (!start) throw new IcsError('missing-start', t('icsMissingStart'));
  // A zone the page's browser reported but the zone library lacks falls back to one derived from the offset.
  const fromDraft =
    valid.timeZone !== undefined && vtimezone(valid.timeZone) !== undefined ? valid.timeZone : undefined;
  const zone = canonicalZone(
    fromDraft ?? options.timeZone ?? deriveTimeZone(start.epochMs, start.offsetMinutes, options.locale),
  );
  const block = zone === undefined ? undefined : vtimezone(zone);
  if (zone !== undefined && block === undefined)
    throw new IcsError('invalid-time-zone', t('icsInvalidTimeZone', { zone }));
  // The agenda's clock times are the zone's, so the description says what the calendar shows.
  const offset = zone === undefined ? start.offsetMinutes : zoneOffsetMinutes(start.epochMs, zone);
  const inZone = (ms: number) => formatIsoInOffset(ms, offset);
  const endGiven = valid.end === undefined ? undefined : parseMeetingTime(valid.end);
  const agenda = createDraftAgenda(
    { ...valid, start: inZone(start.epochMs), ...(endGiven ? { end: inZone(endGiven.epochMs) } : {}) },
    options.locale,
    ...(options.guestSpeaker === undefined ? [] : [options.guestSpeaker]),
  );
  const endMs = endGiven ? endGiven.epochMs : start.epochMs + agenda.totalMinutes * 60_000;
  if (endMs <= start.epochMs) throw new IcsError('end-before-start', t('icsEndBeforeStart'));
  const rrule = readRrule(valid.recurrence, zone ?? 'UTC', t);
  const description = icsPlainText(
    options.agenda
      ? [valid.description.trim(), renderAgendaText(agenda, options.locale)].filter(Boolean).join('\n\n')
      : valid.description.trim(),
  );
  const location = icsPlainText(valid.location ?? '').trim();
  const calendar = new ICalCalendar({
    prodId: { company: 'Netverk', product: 'Meeting guide', language: options.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  // No calendar-wide zone (DTSTAMP stays UTC); the generator adds the VTIMEZONE the event names.
  if (block !== undefined) calendar.timezone({ name: null, generator: () => block });
  const at = (ms: number) => (zone === undefined ? new Date(ms) : zonedDateTime(ms, zone));
  calendar.createEvent({
    id:
      options.uid ??
      (options.series
        ? seriesUid(options.series)
        : draftUid(valid.title, start.epochMs, rrule !== undefined)),
    sequence: icsSequence(options.now),
    stamp: options.now,
    start: at(start.epochMs),
    end: at(endMs),
    ...(zone === undefined ? {} : { timezone: zone }),
    ...(rrule === undefined ? {} : { repeating: `RRULE:${rrule}` }),
    summary: icsPlainText(valid.title),
    ...(description === '' ? {} : { description }),
    ...(location ? { location } : {}),
  });
  return `${calendar.toString()}\r\n`;
}

function readRrule(recurrence: string | undefined, zone: string, t: Translate<MeetingMessageKey>) {
  const text = recurrence?.trim() ?? '';
  if (text === '') return undefined;
  const checked = validateRrule(text, (local) => zonedToUtc(local, zone));
  if (!checked.ok) throw new IcsError('invalid-recurrence', rruleProblemMessage(t, checked));
  return checked.value;
}

/** The zone as IANA spells it (`europe/copenhagen` → `Europe/Copenhagen`), which the zone library needs. */
function canonicalZone(zone: string | undefined): string | undefined {
  if (zone === undefined || !isTimeZone(zone)) return zone;
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

let libraryZones: Set<string> | undefined;

/** The zone's VTIMEZONE under the zone's own name (the library files linked zones under their target). */
function vtimezone(given: string): string | undefined {
  const zone = canonicalZone(given);
  if (zone === undefined || !isTimeZone(zone)) return undefined;
  // Asked for a zone it lacks, the library prints English to the console: ask only for zones it has.
  libraryZones ??= new Set(tzlib_get_timezones());
  if (!libraryZones.has(zone)) return undefined;
  const found = tzlib_get_ical_block(zone);
  const block = Array.isArray(found) ? found[0] : undefined;
  if (!block) return undefined;
  return block
    .replace(/^TZID:.*$/m, `TZID:${zone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}
