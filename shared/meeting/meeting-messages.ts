import { defineMessages } from '../i18n/define-messages.ts';
import type { DraftField } from './parse-meeting-draft.ts';

/** Messages of the meeting guide: prompts while scheduling, agenda text, calendar-file errors. Plain text. */
export const meetingMessages = defineMessages({
  en: {
    agendaHeading: 'Agenda',
    agendaPerPerson: '{minutes, plural, one {# minute} other {# minutes}} each',
    agendaRelative: '{from}–{to, plural, one {# minute} other {# minutes}}',
    fieldTitle: 'Title',
    fieldDescription: 'Description',
    fieldStart: 'Start time',
    fieldEnd: 'End time',
    fieldLocation: 'Place',
    fieldRecurrence: 'Repeat rule',
    fieldAttendees: 'Attendees',
    fieldTimeZone: 'Time zone',
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
      'The meeting is only {days, plural, one {# day} other {# days}} away. Send the invitation in good time, e.g. two weeks ahead, and post it where people look too: intranet, blog or social media.',
    inviteVerySoon:
      'The meeting is less than two days away. Send the next invitation in good time, e.g. two weeks ahead, and post it where people look too: intranet, blog or social media.',
    agendaMissing:
      'The description has no agenda. Add the running order of an open network meeting, so everyone knows what to expect.',
    agendaPresentationRound:
      'The agenda has no presentation round: give everyone about two minutes to say who they are, what they do and what they need.',
    agendaCurrentMatters: 'The agenda has no current matters: a forum for the questions the members share.',
    agendaGuestSpeaker:
      'No guest speaker on the agenda. When the members need one, a guest can be a sounding board, a neutral party or someone to inspire us.',
    agendaDiscussion: 'The agenda leaves no time for discussion.',
    endMissing:
      'Set an end time: a network meeting should never run over. This agenda needs {minutes, plural, one {# minute} other {# minutes}}.',
    endBeforeStart: 'The end time is before the start time.',
    endTooShort:
      'The agenda needs {needed} minutes for {people} people; the meeting is {available}. Let it end at {end}, or let only newcomers present themselves and take the round at the tables.',
    roundTooLong:
      'With {people} people the presentation round is held at the tables, in groups of 4–6: {minutes} minutes, {each, plural, one {# minute} other {# minutes}} each. Name the newcomers in plenary first.',
    notesAfter:
      'Say where notes of the discussion will be sent or posted afterwards, so everyone can read them.',
    icsMissingStart: 'The meeting has no start time, so no calendar file can be made.',
    icsEndBeforeStart: 'The end time is before the start time, so no calendar file can be made.',
    icsInvalidRecurrence: 'The repeat rule is not a valid RRULE, so no calendar file can be made.',
    icsInvalidDraft: 'Could not be read: {field}. No calendar file can be made.',
    icsInvalidTimeZone:
      'The time zone "{zone}" is unknown, so no calendar file can be made. Use a name such as Europe/Copenhagen.',
    rruleUnknownPart:
      'The repeat rule has a part calendars do not know ({part}), so no calendar file can be made.',
    rruleBadNumber: 'The repeat rule has a number out of range ({part}), so no calendar file can be made.',
    rruleBadDay:
      'The repeat rule has a weekday calendars do not know ({part}). Use MO, TU, WE, TH, FR, SA or SU; a number before it (2TU, the second Tuesday) only in a monthly or yearly series.',
    rruleBadInterval: 'The repeat interval must be a whole number of 1 or more, not "{part}".',
    rruleBadCount: 'The number of meetings in the series must be 1 or more, not "{part}".',
    rruleCountAndUntil:
      'The repeat rule gives both a number of meetings and an end date; calendars accept only one. Remove one of them.',
    rruleBadUntil:
      'The end date of the series ({part}) is not a valid date, so no calendar file can be made.',
  },
  da: {
    agendaHeading: 'Dagsorden',
    agendaPerPerson: '{minutes, plural, one {# minut} other {# minutter}} per person',
    agendaRelative: '{from}–{to, plural, one {# minut} other {# minutter}}',
    fieldTitle: 'Titel',
    fieldDescription: 'Beskrivelse',
    fieldStart: 'Starttidspunkt',
    fieldEnd: 'Sluttidspunkt',
    fieldLocation: 'Sted',
    fieldRecurrence: 'Gentagelsesregel',
    fieldAttendees: 'Deltagere',
    fieldTimeZone: 'Tidszone',
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
      'Hold netværksmøderne i en fast rytme: samme interval, ugedag, tidspunkt og sted gør det let for både nye og faste deltagere at komme med. Gør mødet til en serie, fx hver fjerde {weekday}.',
    rhythmMissingNoStart:
      'Hold netværksmøderne i en fast rytme: samme interval, ugedag, tidspunkt og sted gør det let for både nye og faste deltagere at komme med. Gør mødet til en serie, fx hver fjerde uge.',
    rhythmIrregular:
      'Serien holder ikke én fast rytme. Samme interval, ugedag og tidspunkt gør netværket let at finde ind i.',
    samePlace:
      'Angiv et sted. Samme sted hver gang gør det let for både nye og faste deltagere at finde vej.',
    inviteSoon:
      'Der er kun {days, plural, one {# dag} other {# dage}} til mødet. Send invitationen i god tid, fx to uger før, og slå den også op, hvor folk kigger: intranet, blog eller sociale medier.',
    inviteVerySoon:
      'Der er mindre end to dage til mødet. Send næste invitation i god tid, fx to uger før, og slå den også op, hvor folk kigger: intranet, blog eller sociale medier.',
    agendaMissing:
      'Beskrivelsen har ingen dagsorden. Tilføj forløbet for et åbent netværksmøde, så alle ved, hvad der venter.',
    agendaPresentationRound:
      'Dagsordenen har ingen præsentationsrunde: giv alle omkring to minutter til at sige, hvem de er, hvad de laver, og hvad de har brug for.',
    agendaCurrentMatters:
      'Dagsordenen har ingen aktuelle sager: et forum for de spørgsmål, medlemmerne har til fælles.',
    agendaGuestSpeaker:
      'Ingen gæstetaler på dagsordenen. Når medlemmerne har brug for det, kan en gæst være sparringspartner, neutral part eller inspirator.',
    agendaDiscussion: 'Dagsordenen giver ingen tid til drøftelse.',
    endMissing:
      'Angiv et sluttidspunkt: et netværksmøde bør aldrig løbe over tiden. Denne dagsorden kræver {minutes, plural, one {# minut} other {# minutter}}.',
    endBeforeStart: 'Sluttidspunktet ligger før starttidspunktet.',
    endTooShort:
      'Dagsordenen kræver {needed} minutter for {people} personer; mødet er på {available}. Lad det slutte kl. {end}, eller lad kun de nye præsentere sig, og tag runden ved bordene.',
    roundTooLong:
      'Med {people} deltagere tages præsentationsrunden ved bordene, i grupper på 4–6: {minutes} minutter, {each, plural, one {# minut} other {# minutter}} hver. Nævn de nye ved navn i plenum først.',
    notesAfter:
      'Skriv, hvor referatet af drøftelsen bliver sendt eller lagt op bagefter, så alle kan læse det.',
    icsMissingStart: 'Mødet har intet starttidspunkt, så der kan ikke laves en kalenderfil.',
    icsEndBeforeStart: 'Sluttidspunktet ligger før starttidspunktet, så der kan ikke laves en kalenderfil.',
    icsInvalidRecurrence: 'Gentagelsesreglen er ikke en gyldig RRULE, så der kan ikke laves en kalenderfil.',
    icsInvalidDraft: 'Kunne ikke læses: {field}. Der kan ikke laves en kalenderfil.',
    icsInvalidTimeZone:
      'Tidszonen "{zone}" er ukendt, så der kan ikke laves en kalenderfil. Brug et navn som Europe/Copenhagen.',
    rruleUnknownPart:
      'Gentagelsesreglen har en del, som kalendere ikke kender ({part}), så der kan ikke laves en kalenderfil.',
    rruleBadNumber:
      'Gentagelsesreglen har et tal uden for det tilladte ({part}), så der kan ikke laves en kalenderfil.',
    rruleBadDay:
      'Gentagelsesreglen har en ugedag, som kalendere ikke kender ({part}). Brug MO, TU, WE, TH, FR, SA eller SU; et tal foran (2TU, anden tirsdag) kun i en månedlig eller årlig serie.',
    rruleBadInterval: 'Gentagelsesintervallet skal være et helt tal på 1 eller mere, ikke "{part}".',
    rruleBadCount: 'Antallet af møder i serien skal være 1 eller mere, ikke "{part}".',
    rruleCountAndUntil:
      'Gentagelsesreglen angiver både et antal møder og en slutdato; kalendere accepterer kun én af dem. Fjern den ene.',
    rruleBadUntil: 'Seriens slutdato ({part}) er ikke en gyldig dato, så der kan ikke laves en kalenderfil.',
  },
  sv: {
    agendaHeading: 'Dagordning',
    agendaPerPerson: '{minutes, plural, one {# minut} other {# minuter}} per person',
    agendaRelative: '{from}–{to, plural, one {# minut} other {# minuter}}',
    fieldTitle: 'Rubrik',
    fieldDescription: 'Beskrivning',
    fieldStart: 'Starttid',
    fieldEnd: 'Sluttid',
    fieldLocation: 'Plats',
    fieldRecurrence: 'Upprepningsregel',
    fieldAttendees: 'Deltagare',
    fieldTimeZone: 'Tidszon',
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
      'Det är bara {days, plural, one {# dag} other {# dagar}} kvar till mötet. Skicka inbjudan i god tid, t.ex. två veckor innan, och lägg också ut den där folk tittar: intranät, blogg eller sociala medier.',
    inviteVerySoon:
      'Det är mindre än två dagar kvar till mötet. Skicka nästa inbjudan i god tid, t.ex. två veckor innan, och lägg också ut den där folk tittar: intranät, blogg eller sociala medier.',
    agendaMissing:
      'Beskrivningen har ingen dagordning. Lägg till upplägget för en öppen nätverksträff, så att alla vet vad som väntar.',
    agendaPresentationRound:
      'Dagordningen har ingen presentationsrunda: ge alla ungefär två minuter att berätta vem de är, vad de gör och vad de behöver.',
    agendaCurrentMatters:
      'Dagordningen har inga aktuella ärenden: ett forum för de frågor medlemmarna delar.',
    agendaGuestSpeaker:
      'Ingen gästtalare på dagordningen. När medlemmarna behöver det kan en gäst vara bollplank, neutral part eller inspiratör.',
    agendaDiscussion: 'Dagordningen lämnar ingen tid för diskussion.',
    endMissing:
      'Ange en sluttid: en nätverksträff bör aldrig dra över tiden. Den här dagordningen behöver {minutes, plural, one {# minut} other {# minuter}}.',
    endBeforeStart: 'Sluttiden ligger före starttiden.',
    endTooShort:
      'Dagordningen behöver {needed} minuter för {people} personer; mötet är {available}. Låt det sluta kl. {end}, eller låt bara de nya presentera sig och ta rundan vid borden.',
    roundTooLong:
      'Med {people} deltagare tas presentationsrundan vid borden, i grupper om 4–6: {minutes} minuter, {each, plural, one {# minut} other {# minuter}} var. Nämn de nya vid namn i helgrupp först.',
    notesAfter:
      'Skriv var minnesanteckningarna från diskussionen skickas eller läggs ut efteråt, så att alla kan läsa dem.',
    icsMissingStart: 'Mötet har ingen starttid, så ingen kalenderfil kan skapas.',
    icsEndBeforeStart: 'Sluttiden ligger före starttiden, så ingen kalenderfil kan skapas.',
    icsInvalidRecurrence: 'Upprepningsregeln är inte en giltig RRULE, så ingen kalenderfil kan skapas.',
    icsInvalidDraft: 'Kunde inte läsas: {field}. Ingen kalenderfil kan skapas.',
    icsInvalidTimeZone:
      'Tidszonen "{zone}" är okänd, så ingen kalenderfil kan skapas. Använd ett namn som Europe/Stockholm.',
    rruleUnknownPart:
      'Upprepningsregeln har en del som kalendrar inte känner till ({part}), så ingen kalenderfil kan skapas.',
    rruleBadNumber:
      'Upprepningsregeln har ett tal utanför det tillåtna ({part}), så ingen kalenderfil kan skapas.',
    rruleBadDay:
      'Upprepningsregeln har en veckodag som kalendrar inte känner till ({part}). Använd MO, TU, WE, TH, FR, SA eller SU; en siffra framför (2TU, andra tisdagen) bara i en månatlig eller årlig serie.',
    rruleBadInterval: 'Upprepningsintervallet måste vara ett heltal på 1 eller mer, inte "{part}".',
    rruleBadCount: 'Antalet träffar i serien måste vara 1 eller fler, inte "{part}".',
    rruleCountAndUntil:
      'Upprepningsregeln anger både ett antal träffar och ett slutdatum; kalendrar godtar bara det ena. Ta bort ett av dem.',
    rruleBadUntil: 'Seriens slutdatum ({part}) är inte ett giltigt datum, så ingen kalenderfil kan skapas.',
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
  timeZone: 'fieldTimeZone',
};
