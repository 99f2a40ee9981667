import { defineMessages } from '../i18n/define-messages.ts';

/** Words the layout adds to a board around the template's own texts. */
export const planMessages = defineMessages({
  en: {
    participantZone: 'Participant {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes} min',
    agendaTotal: 'In all {minutes} min, {start}–{end}',
    frameTitle: '{title} – {network}',
  },
  da: {
    participantZone: 'Deltager {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes} min.',
    agendaTotal: 'I alt {minutes} min., {start}–{end}',
    frameTitle: '{title} – {network}',
  },
  sv: {
    participantZone: 'Deltagare {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes} min',
    agendaTotal: 'Totalt {minutes} min, {start}–{end}',
    frameTitle: '{title} – {network}',
  },
});

export type PlanMessageKey = keyof typeof planMessages.en;
