import type { Locale } from '../i18n/locale.ts';
import type { Localized } from '../i18n/localized.ts';
import { agendaItems, guestSpeakerItemId } from './agenda-items.ts';
import { formatClock, parseMeetingTime } from './meeting-time.ts';

/** An item to time: the meeting guide's own, or a board template's agenda section item. */
export interface AgendaItemSpec {
  id: string;
  title: Localized;
  prompt?: Localized | undefined;
  minutes?: number | undefined;
  /** Minutes per attendee; a plain number is the default and the most, shortened down to 1 when time is short. */
  perParticipantMinutes?: number | { min: number; max: number; typical: number } | undefined;
  /** Only on the agenda when `guestSpeaker` is asked for. */
  optional?: boolean | undefined;
}

export interface AgendaOptions {
  locale: Locale;
  /** How many people take part; each gets a turn in the presentation round. */
  attendees: number;
  /** ISO date-time with offset; clock times follow this offset. */
  start?: string;
  end?: string;
  /** The meeting's length in minutes; a readable start and end win over it. */
  meetingMinutes?: number;
  /** Include the guest speaker (only when the members asked for one). */
  guestSpeaker?: boolean;
  /** The running order to time; default the open network meeting's. */
  items?: readonly AgendaItemSpec[];
}

export interface AgendaItem {
  id: string;
  title: string;
  prompt: string;
  /** Minutes after the meeting starts. */
  startMinute: number;
  minutes: number;
  /** True when the length grows with the group (the presentation round). */
  perParticipant: boolean;
  /** Local start time `HH:MM` in the start's own offset; only when a start is given. */
  clock?: string;
}

export interface Agenda {
  items: AgendaItem[];
  totalMinutes: number;
  /** The meeting's length: from start and end, else `meetingMinutes`; absent when neither is known. */
  availableMinutes?: number;
  perPersonMinutes: number;
  /** Minutes the presentation round takes in all. */
  roundMinutes: number;
  /** The round takes more than a third of the meeting: newcomers the full turn, regulars one sentence. */
  roundTooLong: boolean;
  /** False when even one minute per person does not fit the meeting's length. */
  fits: boolean;
}

/** The open meeting's length when none is given: the CLI and the board both start from it. */
export const defaultMeetingMinutes = 90;

/** The item that takes the minutes left over, so the meeting ends on time. */
const spareItemId = 'discussion';

/**
 * The one agenda rule (board, CLI, card and popup): the presentation round gets its default minutes
 * per person (about 2), fewer down to 1 when the meeting is too short; spare time goes to the
 * discussion; the guest comes only when asked. Unreadable times are ignored.
 */
export function createAgenda(options: AgendaOptions): Agenda {
  const attendees = Number.isFinite(options.attendees) ? Math.max(0, Math.floor(options.attendees)) : 0;
  const start = options.start === undefined ? undefined : parseMeetingTime(options.start);
  const end = options.end === undefined ? undefined : parseMeetingTime(options.end);
  const length = meetingLength(start?.epochMs, end?.epochMs, options.meetingMinutes);
  const specs = (options.items ?? agendaItems).filter(
    (item) => !isOptional(item) || options.guestSpeaker === true,
  );
  const fixed = specs.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const ranges = specs.map((item) => roundRange(item.perParticipantMinutes));
  const perPerson = ranges.map((range) => range?.typical ?? 0);
  const needed = () => fixed + perPerson.reduce((sum, minutes) => sum + minutes * attendees, 0);
  // Shorten every turn by a minute at a time, never below its minimum, until the round fits.
  while (length !== undefined && needed() > length) {
    let shortened = false;
    ranges.forEach((range, i) => {
      const now = perPerson[i] ?? 0;
      if (range && now > range.min) {
        perPerson[i] = now - 1;
        shortened = true;
      }
    });
    if (!shortened) break;
  }
  const neededMinutes = needed();
  const fits = length === undefined || neededMinutes <= length;
  const hasSpareItem = specs.some((item) => item.id === spareItemId);
  const spare = length !== undefined && fits && hasSpareItem ? length - neededMinutes : 0;
  const items: AgendaItem[] = [];
  let startMinute = 0;
  specs.forEach((spec, i) => {
    const round = (perPerson[i] ?? 0) * attendees;
    const minutes = (spec.minutes ?? 0) + round + (spec.id === spareItemId ? spare : 0);
    const item: AgendaItem = {
      id: spec.id,
      title: spec.title[options.locale],
      prompt: spec.prompt?.[options.locale] ?? '',
      startMinute,
      minutes,
      perParticipant: ranges[i] !== undefined,
    };
    if (start) item.clock = formatClock(start.minuteOfDay + startMinute);
    items.push(item);
    startMinute += minutes;
  });
  const roundMinutes = perPerson.reduce((sum, minutes) => sum + minutes * attendees, 0);
  const firstRound = ranges.findIndex((range) => range !== undefined);
  const agenda: Agenda = {
    items,
    totalMinutes: startMinute,
    perPersonMinutes: firstRound < 0 ? 0 : (perPerson[firstRound] ?? 0),
    roundMinutes,
    roundTooLong: roundMinutes * 3 > (length ?? startMinute),
    fits,
  };
  if (length !== undefined) agenda.availableMinutes = length;
  return agenda;
}

function meetingLength(startMs?: number, endMs?: number, minutes?: number): number | undefined {
  if (startMs !== undefined && endMs !== undefined) return Math.floor((endMs - startMs) / 60_000);
  if (minutes !== undefined && Number.isFinite(minutes) && minutes > 0) return Math.floor(minutes);
  return undefined;
}

function isOptional(item: AgendaItemSpec): boolean {
  return item.optional === true || item.id === guestSpeakerItemId;
}

function roundRange(value: AgendaItemSpec['perParticipantMinutes']) {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { min: Math.min(1, value), max: value, typical: value };
  return value;
}
