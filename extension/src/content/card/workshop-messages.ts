import { defineMessages } from '../../../../shared/index.ts';

/**
 * Strings of the card's workshop part. Kept apart from `cardMessages`, which the small content
 * script carries for the intranet button: these load only with the card bundle.
 */
export const workshopMessages = defineMessages({
  en: {
    workshopHeading: 'Workshop',
    workshopIntro: 'A session for this workshop, timed to the event:',
    sessionLabel: 'Session',
    participantsLabel: 'Participants',
    runningOrderCaption:
      'Running order: {count, plural, one {# minute} other {# minutes}} for {people, plural, one {# participant} other {# participants}}',
    noClockTimes: 'Set a start time to see clock times.',
    insertRunningOrder: 'Insert running order in the description',
    runningOrderInserted: 'The running order is in the description.',
    runningOrderReplaced: 'The running order in the description is updated.',
    runningOrderCopied:
      'The page did not take the text, so the running order is on your clipboard: paste it into the description.',
    runningOrderFailed:
      'The running order could not be inserted or copied. Use the pre-filled event instead.',
    workshopTooShort:
      'The event lasts {count, plural, one {# minute} other {# minutes}}; a session needs at least 10. Set a later end time.',
    workshopTooLong:
      'The event lasts {count, plural, one {# minute} other {# minutes}}; a session can last a working day (600 minutes) at most. Split it over two events.',
    workshopEndBeforeStart: 'The event ends before it starts: correct the times to time the running order.',
  },
  da: {
    workshopHeading: 'Workshop',
    workshopIntro: 'Et forløb til denne workshop, tilpasset aftalens tid:',
    sessionLabel: 'Forløb',
    participantsLabel: 'Deltagere',
    runningOrderCaption:
      'Drejebog: {count, plural, one {# minut} other {# minutter}} for {people, plural, one {# deltager} other {# deltagere}}',
    noClockTimes: 'Angiv et starttidspunkt for at se klokkeslæt.',
    insertRunningOrder: 'Indsæt drejebogen i beskrivelsen',
    runningOrderInserted: 'Drejebogen står nu i beskrivelsen.',
    runningOrderReplaced: 'Drejebogen i beskrivelsen er opdateret.',
    runningOrderCopied:
      'Siden tog ikke imod teksten, så drejebogen ligger i udklipsholderen: indsæt den i beskrivelsen.',
    runningOrderFailed:
      'Drejebogen kunne hverken indsættes eller kopieres. Brug den udfyldte aftale i stedet.',
    workshopTooShort:
      'Aftalen varer {count, plural, one {# minut} other {# minutter}}; et forløb kræver mindst 10. Vælg et senere sluttidspunkt.',
    workshopTooLong:
      'Aftalen varer {count, plural, one {# minut} other {# minutter}}; et forløb kan højst vare en arbejdsdag (600 minutter). Del det over to aftaler.',
    workshopEndBeforeStart:
      'Aftalen slutter, før den begynder: ret tidspunkterne for at tilpasse drejebogen.',
  },
  sv: {
    workshopHeading: 'Workshop',
    workshopIntro: 'Ett upplägg för den här workshopen, anpassat till händelsens tid:',
    sessionLabel: 'Upplägg',
    participantsLabel: 'Deltagare',
    runningOrderCaption:
      'Körschema: {count, plural, one {# minut} other {# minuter}} för {people, plural, one {# deltagare} other {# deltagare}}',
    noClockTimes: 'Ange en starttid för att se klockslag.',
    insertRunningOrder: 'Infoga körschemat i beskrivningen',
    runningOrderInserted: 'Körschemat står nu i beskrivningen.',
    runningOrderReplaced: 'Körschemat i beskrivningen är uppdaterat.',
    runningOrderCopied:
      'Sidan tog inte emot texten, så körschemat finns i urklipp: klistra in det i beskrivningen.',
    runningOrderFailed:
      'Körschemat kunde varken infogas eller kopieras. Använd den ifyllda händelsen i stället.',
    workshopTooShort:
      'Händelsen varar {count, plural, one {# minut} other {# minuter}}; ett upplägg behöver minst 10. Välj en senare sluttid.',
    workshopTooLong:
      'Händelsen varar {count, plural, one {# minut} other {# minuter}}; ett upplägg kan vara högst en arbetsdag (600 minuter). Dela upp det på två händelser.',
    workshopEndBeforeStart: 'Händelsen slutar innan den börjar: rätta tiderna för att anpassa körschemat.',
  },
});

export type WorkshopMessageKey = keyof typeof workshopMessages.en;
