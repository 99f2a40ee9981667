import { defineMessages } from '../i18n/define-messages.ts';

/** Words the layout adds to a board around the template's own texts. */
export const planMessages = defineMessages({
  en: {
    participantZone: 'Participant {n}: {title}',
    agendaTime: '{start}–{end}\n{minutes, plural, one {# minute} other {# minutes}}',
    agendaTotal: 'In all {minutes, plural, one {# minute} other {# minutes}}, {start}–{end}',
    agendaRoundLong:
      'The presentation round is held at the tables, in groups of 4–6: {round} minutes. Name the newcomers in plenary first.',
    agendaTooShort:
      'Needs more than {minutes, plural, one {# minute} other {# minutes}}: make the meeting longer, or let only newcomers present themselves.',
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
      'Præsentationsrunden tages ved bordene, i grupper på 4–6: {round} minutter. Nævn de nye ved navn i plenum først.',
    agendaTooShort:
      'Kræver mere end {minutes, plural, one {# minut} other {# minutter}}: gør mødet længere, eller lad kun de nye præsentere sig.',
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
      'Presentationsrundan tas vid borden, i grupper om 4–6: {round} minuter. Nämn de nya vid namn i helgrupp först.',
    agendaTooShort:
      'Behöver mer än {minutes, plural, one {# minut} other {# minuter}}: förläng mötet eller låt bara de nya presentera sig.',
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
