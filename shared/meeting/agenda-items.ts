import type { Localized } from '../i18n/localized.ts';

/** The parts of an open network meeting, in running order (content.md §5). */
export type AgendaItemId =
  | 'welcome'
  | 'presentation-round'
  | 'current-matters'
  | 'guest-speaker'
  | 'discussion'
  | 'thanks';

export interface AgendaItemDefinition {
  id: AgendaItemId;
  title: Localized;
  prompt: Localized;
  /** Fixed length in minutes; absent for the presentation round, which is per attendee. */
  minutes?: number;
  /** Minutes per attendee: `typical` (about 2) by default, down to `min` when the meeting is short. */
  perParticipantMinutes?: { min: number; max: number; typical: number };
  /** Only on the agenda when asked for (the guest speaker comes when the members need one). */
  optional?: boolean;
  /** The shortest the item may become when the meeting is short. */
  minMinutes?: number;
  /** Takes the minutes left over, so the meeting ends on time. */
  stretch?: boolean;
}

/** The optional item: on the agenda only when the members ask for a guest. */
export const guestSpeakerItemId: AgendaItemId = 'guest-speaker';

/** The running order of an open network meeting: one source for the agenda generator and the template. */
export const agendaItems: readonly AgendaItemDefinition[] = [
  {
    id: 'welcome',
    title: { da: 'Velkommen', sv: 'Välkommen', en: 'Welcome' },
    prompt: {
      da: 'Byd alle velkommen, især dem, der er her for første gang.',
      sv: 'Hälsa alla välkomna, särskilt den som är med för första gången.',
      en: 'Welcome everyone, especially those who are here for the first time.',
    },
    minutes: 5,
  },
  {
    id: 'presentation-round',
    title: { da: 'Præsentationsrunde', sv: 'Presentationsrunda', en: 'Presentation round' },
    prompt: {
      da: 'Hvem er jeg, hvad laver jeg, og hvad har jeg brug for?',
      sv: 'Vem är jag, vad gör jag och vad behöver jag?',
      en: 'Who I am, what I do, what I need.',
    },
    perParticipantMinutes: { min: 1, max: 5, typical: 2 },
  },
  {
    id: 'current-matters',
    title: { da: 'Aktuelle sager', sv: 'Aktuella ärenden', en: 'Current matters' },
    prompt: {
      da: 'Et forum for de spørgsmål, vi har til fælles: hvad rører sig lige nu?',
      sv: 'Ett forum för de frågor vi delar: vad är på gång just nu?',
      en: 'A forum for the questions we share: what is going on right now?',
    },
    minutes: 15,
    minMinutes: 10,
  },
  {
    id: 'guest-speaker',
    title: { da: 'Gæstetaler', sv: 'Gästtalare', en: 'Guest speaker' },
    prompt: {
      da: 'Når medlemmerne har brug for det: en sparringspartner, en neutral part eller en inspirator.',
      sv: 'När medlemmarna behöver det: ett bollplank, en neutral part eller en inspiratör.',
      en: 'When the members need one: a sounding board, a neutral party or someone to inspire us.',
    },
    minutes: 20,
    minMinutes: 15,
    optional: true,
  },
  {
    id: 'discussion',
    title: { da: 'Drøftelse', sv: 'Diskussion', en: 'Discussion' },
    prompt: {
      da: 'Tag de sager, der fik flest prikker, én ad gangen, og slut hver af dem med en aftale: hvem gør hvad?',
      sv: 'Ta upp de ärenden som fick flest prickar, ett i taget, och avsluta vart och ett med vem som gör vad.',
      en: 'Take the matters with the most dots one at a time, and end each with an agreement: who does what?',
    },
    minutes: 15,
    minMinutes: 10,
    stretch: true,
  },
  {
    id: 'thanks',
    title: { da: 'Tak og næste møde', sv: 'Tack och nästa träff', en: 'Thanks and next meeting' },
    prompt: {
      da: 'Slut til tiden, tak alle for at komme, og bekræft datoen for næste møde.',
      sv: 'Sluta i tid, tacka alla för att de kom och bekräfta datum för nästa träff.',
      en: 'End on time, thank everyone for coming and confirm the date of the next meeting.',
    },
    minutes: 5,
  },
];
