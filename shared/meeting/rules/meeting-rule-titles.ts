import { defineMessages } from '../../i18n/define-messages.ts';

/** Each meeting rule's short title by rule id, for settings that switch rules off. */
export const meetingRuleTitles = defineMessages({
  en: {
    'fixed-rhythm': 'Meet at a fixed rhythm',
    'same-place': 'Meet at the same place',
    'invite-in-time': 'Invite in good time',
    agenda: 'An agenda in the description',
    'agenda-presentation-round': 'A presentation round on the agenda',
    'agenda-current-matters': 'Current matters on the agenda',
    'agenda-guest-speaker': 'A guest speaker on the agenda',
    'agenda-discussion': 'Time for discussion',
    'end-time': 'An end time that fits the agenda',
    'round-length': 'A presentation round everyone can sit through',
    'notes-after': 'Notes afterwards',
  },
  da: {
    'fixed-rhythm': 'Mød jer i en fast rytme',
    'same-place': 'Mød jer samme sted',
    'invite-in-time': 'Invitér i god tid',
    agenda: 'En dagsorden i beskrivelsen',
    'agenda-presentation-round': 'En præsentationsrunde på dagsordenen',
    'agenda-current-matters': 'Aktuelle sager på dagsordenen',
    'agenda-guest-speaker': 'En gæst på dagsordenen',
    'agenda-discussion': 'Tid til drøftelse',
    'end-time': 'Et sluttidspunkt, der passer til dagsordenen',
    'round-length': 'En præsentationsrunde, alle kan holde til',
    'notes-after': 'Referat bagefter',
  },
  sv: {
    'fixed-rhythm': 'Träffas i en fast rytm',
    'same-place': 'Träffas på samma plats',
    'invite-in-time': 'Bjud in i god tid',
    agenda: 'En dagordning i beskrivningen',
    'agenda-presentation-round': 'En presentationsrunda på dagordningen',
    'agenda-current-matters': 'Aktuella ärenden på dagordningen',
    'agenda-guest-speaker': 'En gäst på dagordningen',
    'agenda-discussion': 'Tid för diskussion',
    'end-time': 'En sluttid som passar dagordningen',
    'round-length': 'En presentationsrunda som alla orkar med',
    'notes-after': 'Anteckningar efteråt',
  },
});
