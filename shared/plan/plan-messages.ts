import { defineMessages } from '../i18n/define-messages.ts';

/** Words the layout adds to a board around the template's own texts. */
export const planMessages = defineMessages({
  en: {
    participantZone: 'Participant {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes, plural, one {# minute} other {# minutes}}',
    agendaTotal: 'In all {minutes, plural, one {# minute} other {# minutes}}, {start}–{end}',
    agendaRoundLong:
      'The presentation round takes {round} of {minutes, plural, one {# minute} other {# minutes}}: more than a third. Newcomers get the full turn, regulars one sentence.',
    agendaTooShort:
      'Does not fit {minutes, plural, one {# minute} other {# minutes}}, even at one minute each: make the meeting longer, or let only newcomers present themselves.',
    frameTitle: '{title} – {network}',
    planNotJson: 'The file is not JSON.',
    planNotPlan: 'This is not a Netverk board plan (no "items").',
    planTooLarge: 'The file is larger than {max} bytes.',
    planDuplicateId: 'The id "{id}" is used twice.',
    planParentFirst: 'The frame "{id}" must come before the items in it.',
    planMissingEnd: 'No item has the id "{id}".',
  },
  da: {
    participantZone: 'Deltager {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes, plural, one {# minut} other {# minutter}}',
    agendaTotal: 'I alt {minutes, plural, one {# minut} other {# minutter}}, {start}–{end}',
    agendaRoundLong:
      'Præsentationsrunden tager {round} af {minutes, plural, one {# minut} other {# minutter}}: mere end en tredjedel. Lad de nye fortælle lidt mere, og lad de faste deltagere nøjes med én sætning.',
    agendaTooShort:
      'Passer ikke ind i {minutes, plural, one {# minut} other {# minutter}}, heller ikke med ét minut hver: gør mødet længere, eller lad kun de nye præsentere sig.',
    frameTitle: '{title} – {network}',
    planNotJson: 'Filen er ikke JSON.',
    planNotPlan: 'Dette er ikke en Netverk-tavleplan (ingen "items").',
    planTooLarge: 'Filen er større end {max} byte.',
    planDuplicateId: 'Id\'et "{id}" bruges to gange.',
    planParentFirst: 'Rammen "{id}" skal komme før elementerne i den.',
    planMissingEnd: 'Intet element har id\'et "{id}".',
  },
  sv: {
    participantZone: 'Deltagare {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes, plural, one {# minut} other {# minuter}}',
    agendaTotal: 'Totalt {minutes, plural, one {# minut} other {# minuter}}, {start}–{end}',
    agendaRoundLong:
      'Presentationsrundan tar {round} av {minutes, plural, one {# minut} other {# minuter}}: mer än en tredjedel. Låt de nya berätta lite mer och de som varit med förut säga en mening var.',
    agendaTooShort:
      'Ryms inte på {minutes, plural, one {# minut} other {# minuter}}, inte ens med en minut var: förläng mötet eller låt bara de nya presentera sig.',
    frameTitle: '{title} – {network}',
    planNotJson: 'Filen är inte JSON.',
    planNotPlan: 'Det här är ingen tavelplan från Netverk (inga "items").',
    planTooLarge: 'Filen är större än {max} byte.',
    planDuplicateId: 'Id:t "{id}" används två gånger.',
    planParentFirst: 'Ramen "{id}" måste komma före elementen i den.',
    planMissingEnd: 'Inget element har id:t "{id}".',
  },
});

export type PlanMessageKey = keyof typeof planMessages.en;
