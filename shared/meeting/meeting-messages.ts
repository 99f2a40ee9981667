import { defineMessages } from '../i18n/define-messages.ts';
import type { DraftField } from './parse-meeting-draft.ts';

/** Messages of the meeting guide: prompts while scheduling, agenda text, calendar-file errors. Plain text. */
export const meetingMessages = defineMessages({
  en: {
    agendaHeading: 'Agenda',
    agendaPerPerson: '{minutes} min each',
    agendaRelative: '{from}–{to} min',
    fieldTitle: 'Title',
    fieldDescription: 'Description',
    fieldStart: 'Start time',
    fieldEnd: 'End time',
    fieldLocation: 'Place',
    fieldRecurrence: 'Repeat rule',
    fieldAttendees: 'Attendees',
    invalidDate: 'Not a valid date and time: {field}. The meeting was not checked.',
    invalidField: 'Could not be read (too long or in the wrong form): {field}. The meeting was not checked.',
    weekday0: 'Sunday',
    weekday1: 'Monday',
    weekday2: 'Tuesday',
    weekday3: 'Wednesday',
    weekday4: 'Thursday',
    weekday5: 'Friday',
    weekday6: 'Saturday',
    rhythmMissing:
      'Hold network meetings at a fixed rhythm: the same interval, weekday, time and place make it easy for newcomers and returners to join. Make this a series, e.g. every fourth {weekday}.',
    rhythmMissingNoStart:
      'Hold network meetings at a fixed rhythm: the same interval, weekday, time and place make it easy for newcomers and returners to join. Make this a series, e.g. every four weeks.',
    rhythmIrregular:
      'The series keeps no single fixed rhythm. The same interval, weekday and time make the network easy to join.',
    samePlace:
      'Add a place. The same place every time makes it easy for newcomers and returners to find their way.',
    inviteSoon:
      'The meeting is only {days} days away. Send the invitation at least two weeks ahead, and post it where people look too: intranet, blog or social media.',
    inviteVerySoon:
      'The meeting is less than two days away. Send the next invitation at least two weeks ahead, and post it where people look too: intranet, blog or social media.',
    agendaMissing:
      'The description has no agenda. Add the running order of an open network meeting, so everyone knows what to expect.',
    agendaPresentationRound:
      'The agenda has no presentation round: give everyone 1–5 minutes to say who they are, what they do and what they need.',
    agendaCurrentMatters: 'The agenda has no current matters: a forum for the questions the members share.',
    agendaGuestSpeaker:
      'No guest speaker on the agenda. When the members need one, a guest can be a sounding board, a neutral party or an inspiration.',
    agendaDiscussion: 'The agenda leaves no time for discussion.',
    endMissing:
      'Set an end time: a network meeting should never run over. This agenda needs {minutes} minutes.',
    endBeforeStart: 'The end time is before the start time.',
    endTooShort:
      'The end time leaves {left} minutes for a presentation round of {people} people; even one minute each needs {needed}. Make the meeting longer, or let only newcomers present themselves this time.',
    notesAfter:
      'Say where notes of the discussion will be sent or posted afterwards, so everyone can read them.',
    icsMissingStart: 'The meeting has no start time, so no calendar file can be made.',
    icsEndBeforeStart: 'The end time is before the start time, so no calendar file can be made.',
    icsInvalidRecurrence: 'The repeat rule is not a valid RRULE, so no calendar file can be made.',
    icsInvalidDraft: 'Could not be read: {field}. No calendar file can be made.',
  },
  da: {
    agendaHeading: 'Dagsorden',
    agendaPerPerson: '{minutes} min. pr. person',
    agendaRelative: '{from}–{to} min.',
    fieldTitle: 'Titel',
    fieldDescription: 'Beskrivelse',
    fieldStart: 'Starttidspunkt',
    fieldEnd: 'Sluttidspunkt',
    fieldLocation: 'Sted',
    fieldRecurrence: 'Gentagelsesregel',
    fieldAttendees: 'Deltagere',
    invalidDate: 'Ikke en gyldig dato og tid: {field}. Mødet blev ikke tjekket.',
    invalidField: 'Kunne ikke læses (for lang eller i forkert form): {field}. Mødet blev ikke tjekket.',
    weekday0: 'søndag',
    weekday1: 'mandag',
    weekday2: 'tirsdag',
    weekday3: 'onsdag',
    weekday4: 'torsdag',
    weekday5: 'fredag',
    weekday6: 'lørdag',
    rhythmMissing:
      'Hold netværksmøderne i en fast rytme: samme interval, ugedag, tidspunkt og sted gør det let for nye og gamle medlemmer at komme med. Gør mødet til en serie, fx hver fjerde {weekday}.',
    rhythmMissingNoStart:
      'Hold netværksmøderne i en fast rytme: samme interval, ugedag, tidspunkt og sted gør det let for nye og gamle medlemmer at komme med. Gør mødet til en serie, fx hver fjerde uge.',
    rhythmIrregular:
      'Serien holder ikke én fast rytme. Samme interval, ugedag og tidspunkt gør netværket let at finde ind i.',
    samePlace: 'Angiv et sted. Samme sted hver gang gør det let for nye og gamle medlemmer at finde vej.',
    inviteSoon:
      'Mødet er kun {days} dage væk. Send invitationen mindst to uger før, og slå den også op, hvor folk kigger: intranet, blog eller sociale medier.',
    inviteVerySoon:
      'Mødet er mindre end to dage væk. Send næste invitation mindst to uger før, og slå den også op, hvor folk kigger: intranet, blog eller sociale medier.',
    agendaMissing:
      'Beskrivelsen har ingen dagsorden. Tilføj forløbet for et åbent netværksmøde, så alle ved, hvad de kan vente.',
    agendaPresentationRound:
      'Dagsordenen har ingen præsentationsrunde: giv alle 1–5 minutter til at sige, hvem de er, hvad de laver, og hvad de har brug for.',
    agendaCurrentMatters:
      'Dagsordenen har ingen aktuelle sager: et forum for de spørgsmål, medlemmerne har til fælles.',
    agendaGuestSpeaker:
      'Ingen gæstetaler på dagsordenen. Når medlemmerne har brug for det, kan en gæst være sparringspartner, neutral part eller inspirator.',
    agendaDiscussion: 'Dagsordenen giver ingen tid til drøftelse.',
    endMissing:
      'Angiv et sluttidspunkt: et netværksmøde bør aldrig løbe over tiden. Denne dagsorden kræver {minutes} minutter.',
    endBeforeStart: 'Sluttidspunktet ligger før starttidspunktet.',
    endTooShort:
      'Sluttidspunktet giver {left} minutter til en præsentationsrunde for {people} personer; selv ét minut hver kræver {needed}. Gør mødet længere, eller lad kun de nye præsentere sig denne gang.',
    notesAfter:
      'Skriv, hvor referatet af drøftelsen bliver sendt eller lagt op bagefter, så alle kan læse det.',
    icsMissingStart: 'Mødet har intet starttidspunkt, så der kan ikke laves en kalenderfil.',
    icsEndBeforeStart: 'Sluttidspunktet ligger før starttidspunktet, så der kan ikke laves en kalenderfil.',
    icsInvalidRecurrence: 'Gentagelsesreglen er ikke en gyldig RRULE, så der kan ikke laves en kalenderfil.',
    icsInvalidDraft: 'Kunne ikke læses: {field}. Der kan ikke laves en kalenderfil.',
  },
  sv: {
    agendaHeading: 'Dagordning',
    agendaPerPerson: '{minutes} min per person',
    agendaRelative: '{from}–{to} min',
    fieldTitle: 'Rubrik',
    fieldDescription: 'Beskrivning',
    fieldStart: 'Starttid',
    fieldEnd: 'Sluttid',
    fieldLocation: 'Plats',
    fieldRecurrence: 'Upprepningsregel',
    fieldAttendees: 'Deltagare',
    invalidDate: 'Inte ett giltigt datum och klockslag: {field}. Mötet kontrollerades inte.',
    invalidField: 'Kunde inte läsas (för lång eller i fel form): {field}. Mötet kontrollerades inte.',
    weekday0: 'söndag',
    weekday1: 'måndag',
    weekday2: 'tisdag',
    weekday3: 'onsdag',
    weekday4: 'torsdag',
    weekday5: 'fredag',
    weekday6: 'lördag',
    rhythmMissing:
      'Håll nätverksträffarna i en fast rytm: samma intervall, veckodag, tid och plats gör det lätt för nya och tidigare medlemmar att komma med. Gör mötet till en serie, t.ex. var fjärde {weekday}.',
    rhythmMissingNoStart:
      'Håll nätverksträffarna i en fast rytm: samma intervall, veckodag, tid och plats gör det lätt för nya och tidigare medlemmar att komma med. Gör mötet till en serie, t.ex. var fjärde vecka.',
    rhythmIrregular:
      'Serien håller inte en fast rytm. Samma intervall, veckodag och tid gör nätverket lätt att hitta in i.',
    samePlace:
      'Ange en plats. Samma plats varje gång gör det lätt för nya och tidigare medlemmar att hitta rätt.',
    inviteSoon:
      'Mötet är bara {days} dagar bort. Skicka inbjudan minst två veckor innan och lägg också ut den där folk tittar: intranät, blogg eller sociala medier.',
    inviteVerySoon:
      'Mötet är mindre än två dagar bort. Skicka nästa inbjudan minst två veckor innan och lägg också ut den där folk tittar: intranät, blogg eller sociala medier.',
    agendaMissing:
      'Beskrivningen har ingen dagordning. Lägg till upplägget för en öppen nätverksträff, så att alla vet vad som väntar.',
    agendaPresentationRound:
      'Dagordningen har ingen presentationsrunda: ge alla 1–5 minuter att berätta vem de är, vad de gör och vad de behöver.',
    agendaCurrentMatters:
      'Dagordningen har inga aktuella ärenden: ett forum för de frågor medlemmarna delar.',
    agendaGuestSpeaker:
      'Ingen gästtalare på dagordningen. När medlemmarna behöver det kan en gäst vara bollplank, neutral part eller inspiratör.',
    agendaDiscussion: 'Dagordningen lämnar ingen tid för diskussion.',
    endMissing:
      'Ange en sluttid: en nätverksträff bör aldrig dra över tiden. Den här dagordningen behöver {minutes} minuter.',
    endBeforeStart: 'Sluttiden ligger före starttiden.',
    endTooShort:
      'Sluttiden lämnar {left} minuter till en presentationsrunda för {people} personer; även en minut var kräver {needed}. Förläng mötet eller låt bara de nya presentera sig den här gången.',
    notesAfter:
      'Skriv var minnesanteckningarna från diskussionen skickas eller läggs ut efteråt, så att alla kan läsa dem.',
    icsMissingStart: 'Mötet har ingen starttid, så ingen kalenderfil kan skapas.',
    icsEndBeforeStart: 'Sluttiden ligger före starttiden, så ingen kalenderfil kan skapas.',
    icsInvalidRecurrence: 'Upprepningsregeln är inte en giltig RRULE, så ingen kalenderfil kan skapas.',
    icsInvalidDraft: 'Kunde inte läsas: {field}. Ingen kalenderfil kan skapas.',
  },
});

export type MeetingMessageKey = keyof typeof meetingMessages.en;

/** The message naming each draft field, for errors about that field. */
export const draftFieldKeys: Readonly<Record<DraftField, MeetingMessageKey>> = {
  title: 'fieldTitle',
  description: 'fieldDescription',
  start: 'fieldStart',
  end: 'fieldEnd',
  location: 'fieldLocation',
  recurrence: 'fieldRecurrence',
  attendees: 'fieldAttendees',
};
