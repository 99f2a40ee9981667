import type { Localized } from '../../i18n/localized.ts';
import type { SessionBlock } from '../session-schema.ts';

/**
 * Every session ends on the open meeting's minutes zones ("What we agreed", "Who does what, by when",
 * "Next time"), so its minutes have decisions and actions, and on a one-line check-out.
 */
export function agreementsBlock(options: {
  minutes: number;
  minMinutes: number;
  title: Localized;
  notes: readonly Localized[];
  participantNotes?: readonly Localized[];
  output: Localized;
  stretch?: boolean;
}): SessionBlock {
  return {
    kind: 'template',
    id: 'agreements',
    template: 'open-meeting',
    sections: ['minutes'],
    title: options.title,
    minutes: options.minutes,
    minMinutes: options.minMinutes,
    ...(options.stretch ? { stretch: true } : {}),
    notes: [...options.notes, checkOut],
    participantNotes: [...(options.participantNotes ?? []), participantCheckOut],
    output: options.output,
  };
}

/** The last minute of every session: one thing each person takes away. */
export const checkOut: Localized = {
  da: 'Check ud: én sætning hver – "Én ting, jeg tager med herfra".',
  sv: 'Checka ut: en mening var – "En sak jag tar med mig härifrån".',
  en: 'Check-out: one sentence each – "One thing I take away from here".',
};

const participantCheckOut: Localized = {
  da: 'Til sidst: én ting, du tager med herfra.',
  sv: 'Till sist: en sak du tar med dig härifrån.',
  en: 'At the end: one thing you take away from here.',
};

/** Name the roles at the start: the room keeps time and writes the minutes, not the facilitator alone. */
export const roles: Localized = {
  da: 'Find en tidtager og en referent.',
  sv: 'Utse en tidhållare och en sekreterare.',
  en: 'Ask for a timekeeper and a note-taker.',
};

/** A check-in question that works for the group: a round when few, in pairs when many. */
export function checkIn(question: Localized): Localized {
  return {
    da: `Check ind: "${question.da}" – en runde, når I er op til 8; ellers to og to.`,
    sv: `Checka in: "${question.sv}" – en runda när ni är högst 8; annars två och två.`,
    en: `Check-in: "${question.en}" – a round when you are 8 or fewer; in pairs otherwise.`,
  };
}
