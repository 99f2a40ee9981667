import type { Locale } from '../i18n/locale.ts';
import type { Localized } from '../i18n/localized.ts';
import { agendaItems, guestSpeakerItemId } from './agenda-items.ts';
import { breakFromMinutes, breakIndex, breakMinutes } from './break-index.ts';
import { fitMinutes, type MinutesNeed } from './fit-minutes.ts';
import { formatClock, parseMeetingTime } from './meeting-time.ts';
import { presentationRound } from './presentation-round.ts';

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
  /** The shortest the item may become when the meeting is short. */
  minMinutes?: number | undefined;
  /** Takes the minutes left over (the discussion always does). */
  stretch?: boolean | undefined;
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
  /** The round is held at the tables (above about 12 people), not in plenary. */
  roundAtTables: boolean;
  /** False when the items do not fit the meeting's length even at their shortest. */
  fits: boolean;
}

/** The open meeting's length when none is given: the CLI and the board both start from it. */
export const defaultMeetingMinutes = 90;

/** The item that takes the minutes left over, so the meeting ends on time. */
const spareItemId = 'discussion';

/**
 * The one agenda rule (board, CLI, card and popup), the same rules a session is timed by: the
 * presentation round by the round rule (`presentationRound`: about 2 minutes each, at most about a
 * quarter of the meeting, at the tables above about 12 people), items in whole 5 minutes, spare time
 * to the discussion, missing time from items that may shrink, a break in meetings of two hours or
 * more, the guest only when asked. `fits` is false when even then the items do not fit the length.
 * Unreadable times are ignored.
 */
export function createAgenda(options: AgendaOptions): Agenda {
  const attendees = Number.isFinite(options.attendees) ? Math.max(0, Math.floor(options.attendees)) : 0;
  const start = options.start === undefined ? undefined : parseMeetingTime(options.start);
  const end = options.end === undefined ? undefined : parseMeetingTime(options.end);
  const length = meetingLength(start?.epochMs, end?.epochMs, options.meetingMinutes);
  const round = presentationRound(Math.max(1, attendees), length ?? defaultMeetingMinutes);
  const specs: AgendaItemSpec[] = (options.items ?? agendaItems).filter(
    (item) => !isOptional(item) || options.guestSpeaker === true,
  );
  if (length !== undefined && length >= breakFromMinutes && !specs.some((item) => item.id === 'break'))
    specs.splice(breakIndex(specs.map((item) => item.minutes ?? 10)), 0, breakItem);
  const needs: MinutesNeed[] = specs.map((spec) => {
    const perPerson = spec.perParticipantMinutes !== undefined;
    const planned = (spec.minutes ?? 0) + (perPerson ? round.minutes : 0);
    const least = perPerson ? planned : Math.min(planned, spec.minMinutes ?? planned);
    return { planned, least, stretch: spec.stretch === true || spec.id === spareItemId, fixed: perPerson };
  });
  const fitted =
    length === undefined
      ? { minutes: needs.map((need) => need.planned), over: 0, spare: 0 }
      : fitMinutes(needs, length);
  const items: AgendaItem[] = [];
  let startMinute = 0;
  specs.forEach((spec, i) => {
    const minutes = fitted.minutes[i] ?? 0;
    const item: AgendaItem = {
      id: spec.id,
      title: spec.title[options.locale],
      prompt: spec.prompt?.[options.locale] ?? '',
      startMinute,
      minutes,
      perParticipant: spec.perParticipantMinutes !== undefined,
    };
    if (start) item.clock = formatClock(start.minuteOfDay + startMinute);
    items.push(item);
    startMinute += minutes;
  });
  const hasRound = specs.some((spec) => spec.perParticipantMinutes !== undefined);
  const agenda: Agenda = {
    items,
    totalMinutes: startMinute,
    perPersonMinutes: hasRound ? round.perPersonMinutes : 0,
    roundMinutes: hasRound ? round.minutes : 0,
    roundAtTables: hasRound && round.atTables,
    // The round rule caps the round at a quarter; this stays for boards of older packs.
    roundTooLong: hasRound && round.minutes * 3 > (length ?? startMinute),
    fits: fitted.over === 0,
  };
  if (length !== undefined) agenda.availableMinutes = length;
  return agenda;
}

/** The break a meeting of two hours or more gets, named in the meeting guide's words. */
const breakItem: AgendaItemSpec = {
  id: 'break',
  title: { da: 'Pause', sv: 'Paus', en: 'Break' },
  minutes: breakMinutes,
  minMinutes: 5,
};

function meetingLength(startMs?: number, endMs?: number, minutes?: number): number | undefined {
  if (startMs !== undefined && endMs !== undefined) return Math.floor((endMs - startMs) / 60_000);
  if (minutes !== undefined && Number.isFinite(minutes) && minutes > 0) return Math.floor(minutes);
  return undefined;
}

function isOptional(item: AgendaItemSpec): boolean {
  return item.optional === true || item.id === guestSpeakerItemId;
}
