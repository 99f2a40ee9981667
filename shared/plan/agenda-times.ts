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

/** Each item's length is its fixed minutes plus minutes per participant × participants; items follow one another. */
export function agendaSlots(section: AgendaSection, participants: number): AgendaSlot[] {
  let start = 0;
  return section.items.map((item) => {
    const minutes = (item.minutes ?? 0) + (item.perParticipantMinutes ?? 0) * participants;
    const slot = {
      id: item.id,
      minutes,
      start,
      end: start + minutes,
      perParticipant: item.perParticipantMinutes !== undefined,
    };
    start += minutes;
    return slot;
  });
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
