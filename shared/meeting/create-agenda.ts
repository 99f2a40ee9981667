import type { Locale } from '../i18n/locale.ts';
import { type AgendaItemDefinition, type AgendaItemId, agendaItems } from './agenda-items.ts';
import { formatClock, parseMeetingTime } from './meeting-time.ts';

export interface AgendaOptions {
  locale: Locale;
  /** How many people take part; each gets a turn in the presentation round. */
  attendees: number;
  /** ISO date-time with offset; clock times follow this offset. */
  start?: string;
  end?: string;
  guestSpeaker?: boolean;
}

export interface AgendaItem {
  id: AgendaItemId;
  title: string;
  prompt: string;
  /** Minutes after the meeting starts. */
  startMinute: number;
  minutes: number;
  /** Local start time `HH:MM` in the start's own offset; only when a start is given. */
  clock?: string;
}

export interface Agenda {
  items: AgendaItem[];
  totalMinutes: number;
  /** Minutes between start and end, when both are given and readable. */
  availableMinutes?: number;
  perPersonMinutes: number;
  /** False when even one minute per person does not fit between start and end. */
  fits: boolean;
}

/** With no end time, the round gets the most minutes that keep the meeting within two hours. */
export const defaultMeetingMinutes = 120;

const roundId: AgendaItemId = 'presentation-round';

/**
 * Times the running order: the presentation round gets the most minutes per person (5 down to 1)
 * that fit; spare time goes to the discussion, so the meeting ends on time. Unreadable times are ignored.
 */
export function createAgenda(options: AgendaOptions): Agenda {
  const attendees = Number.isFinite(options.attendees) ? Math.max(0, Math.floor(options.attendees)) : 0;
  const start = options.start === undefined ? undefined : parseMeetingTime(options.start);
  const end = options.end === undefined ? undefined : parseMeetingTime(options.end);
  const availableMinutes = start && end ? Math.floor((end.epochMs - start.epochMs) / 60_000) : undefined;
  const definitions = agendaItems.filter((item) => !item.optional || options.guestSpeaker === true);
  const fixedMinutes = definitions.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const budget = (availableMinutes ?? defaultMeetingMinutes) - fixedMinutes;
  const perPersonMinutes = pickPerPersonMinutes(attendees, budget);
  const neededMinutes = fixedMinutes + perPersonMinutes * attendees;
  const fits = availableMinutes === undefined || neededMinutes <= availableMinutes;
  const spare = availableMinutes !== undefined && fits ? availableMinutes - neededMinutes : 0;
  const lengths = (item: AgendaItemDefinition): number => {
    if (item.id === roundId) return perPersonMinutes * attendees;
    return (item.minutes ?? 0) + (item.id === 'discussion' ? spare : 0);
  };
  const items: AgendaItem[] = [];
  let startMinute = 0;
  for (const definition of definitions) {
    const minutes = lengths(definition);
    const item: AgendaItem = {
      id: definition.id,
      title: definition.title[options.locale],
      prompt: definition.prompt[options.locale],
      startMinute,
      minutes,
    };
    if (start) item.clock = formatClock(start.minuteOfDay + startMinute);
    items.push(item);
    startMinute += minutes;
  }
  const agenda: Agenda = { items, totalMinutes: startMinute, perPersonMinutes, fits };
  if (availableMinutes !== undefined) agenda.availableMinutes = availableMinutes;
  return agenda;
}

/** The most minutes per person in the round's range whose total stays within the budget; the minimum otherwise. */
function pickPerPersonMinutes(attendees: number, budget: number): number {
  const range = agendaItems.find((item) => item.id === roundId)?.perParticipantMinutes ?? { min: 1, max: 5 };
  let minutes = range.max;
  while (minutes > range.min && minutes * attendees > budget) minutes--;
  return minutes;
}
