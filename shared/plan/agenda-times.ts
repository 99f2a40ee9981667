import type { Locale } from '../i18n/locale.ts';
import { type Agenda, createAgenda } from '../meeting/create-agenda.ts';
import type { Section } from '../templates/template-schema.ts';

type AgendaSection = Extract<Section, { kind: 'agenda' }>;

/** An agenda item with its computed length and place in the meeting, in minutes from the start. */
export interface AgendaSlot {
  id: string;
  minutes: number;
  start: number;
  end: number;
  /** True when the length grows with the group (the presentation round). */
  perParticipant: boolean;
}

/** What the board's agenda is timed for, besides the group: the meeting's length and whether a guest comes. */
export interface AgendaTiming {
  meetingMinutes?: number;
  guestSpeaker?: boolean;
}

/**
 * Times a board template's agenda section by the meeting guide's one rule (`createAgenda`), so the
 * board, the CLI and the calendar agree: the guest-speaker item only when asked for.
 */
export function timeAgendaSection(
  section: AgendaSection,
  participants: number,
  locale: Locale,
  timing: AgendaTiming = {},
): Agenda {
  return createAgenda({
    locale,
    attendees: participants,
    items: section.items,
    ...(timing.meetingMinutes === undefined ? {} : { meetingMinutes: timing.meetingMinutes }),
    ...(timing.guestSpeaker === undefined ? {} : { guestSpeaker: timing.guestSpeaker }),
  });
}

/** Each item's start, end and length as `timeAgendaSection` computes them; items follow one another. */
export function agendaSlots(
  section: AgendaSection,
  participants: number,
  timing: AgendaTiming = {},
): AgendaSlot[] {
  return timeAgendaSection(section, participants, 'en', timing).items.map((item) => ({
    id: item.id,
    minutes: item.minutes,
    start: item.startMinute,
    end: item.startMinute + item.minutes,
    perParticipant: item.perParticipant,
  }));
}

/**
 * A time `offset` minutes into the meeting: a clock time `HH:MM` after `startTime` (wrapping at
 * midnight), or relative `H:MM` from `0:00` when no start time is given.
 */
export function formatAgendaTime(offset: number, startTime?: string): string {
  if (startTime === undefined) return `${Math.floor(offset / 60)}:${pad2(offset % 60)}`;
  const [hours = 0, minutes = 0] = startTime.split(':').map(Number);
  const clock = (hours * 60 + minutes + offset) % (24 * 60);
  return `${pad2(Math.floor(clock / 60))}:${pad2(clock % 60)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
