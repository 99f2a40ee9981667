import { defineMessages } from '../../../shared/index.ts';

/** Strings of the in-page card and the intranet button (the prompts themselves come from the core). */
export const cardMessages = defineMessages({
  en: {
    cardLabel: 'Netverk: network meeting check',
    cardHeading: 'Network meeting',
    checklistLabel: 'Netverk: the seven characteristics',
    checklistHeading: 'The seven characteristics of a good network theme',
    close: 'Close',
    noPrompts: 'This meeting looks ready. Nothing to add.',
    severityInfo: 'Tip',
    severityWarning: 'Warning',
    severityError: 'Problem',
    dismiss: 'Dismiss for this series',
    dismissNamed: 'Dismiss for this series: {message}',
    insertAgenda: 'Insert agenda in the description',
    agendaInserted: 'The agenda is in the description.',
    agendaReplaced: 'The agenda in the description is updated.',
    agendaCopied:
      'The page did not take the text, so the agenda is on your clipboard: paste it into the description.',
    agendaFailed: 'The agenda could not be inserted or copied. Use the pre-filled event instead.',
    downloadIcs: 'Download the series (.ics)',
    icsReady: 'The calendar file is downloaded.',
    openCompose: 'Open a pre-filled new event',
    themeButton: 'Check against the seven characteristics',
    clearInTheme: 'Clear in our theme',
    saveSelection: 'Save selected text to the theme draft',
    selectionSaved: 'Saved to the theme draft ({count, plural, one {# snippet} other {# snippets}} so far).',
    selectionEmpty: 'Select some text on the page first.',
    saveFailed: 'Could not save. Try again.',
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
    cardLabel: 'Netverk: tjek af netværksmødet',
    cardHeading: 'Netværksmøde',
    checklistLabel: 'Netverk: de syv karakteristika',
    checklistHeading: 'Det gode netværkstemas syv karakteristika',
    close: 'Luk',
    noPrompts: 'Mødet ser klar ud. Intet at tilføje.',
    severityInfo: 'Tip',
    severityWarning: 'Advarsel',
    severityError: 'Problem',
    dismiss: 'Skjul for denne serie',
    dismissNamed: 'Skjul for denne serie: {message}',
    insertAgenda: 'Indsæt dagsorden i beskrivelsen',
    agendaInserted: 'Dagsordenen står nu i beskrivelsen.',
    agendaReplaced: 'Dagsordenen i beskrivelsen er opdateret.',
    agendaCopied:
      'Siden tog ikke imod teksten, så dagsordenen ligger i udklipsholderen: indsæt den i beskrivelsen.',
    agendaFailed: 'Dagsordenen kunne hverken indsættes eller kopieres. Brug den udfyldte aftale i stedet.',
    downloadIcs: 'Hent serien (.ics)',
    icsReady: 'Kalenderfilen er hentet.',
    openCompose: 'Åbn en udfyldt ny aftale',
    themeButton: 'Tjek mod de syv karakteristika',
    clearInTheme: 'Tydeligt i vores tema',
    saveSelection: 'Gem markeret tekst i temaudkastet',
    selectionSaved: 'Gemt i temaudkastet ({count, plural, one {# uddrag} other {# uddrag}} indtil nu).',
    selectionEmpty: 'Markér først noget tekst på siden.',
    saveFailed: 'Kunne ikke gemme. Prøv igen.',
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
    cardLabel: 'Netverk: granskning av nätverksträffen',
    cardHeading: 'Nätverksträff',
    checklistLabel: 'Netverk: de sju kännetecknen',
    checklistHeading: 'Det goda nätverkstemats sju kännetecken',
    close: 'Stäng',
    noPrompts: 'Träffen ser klar ut. Inget att lägga till.',
    severityInfo: 'Tips',
    severityWarning: 'Varning',
    severityError: 'Problem',
    dismiss: 'Dölj för den här serien',
    dismissNamed: 'Dölj för den här serien: {message}',
    insertAgenda: 'Infoga dagordning i beskrivningen',
    agendaInserted: 'Dagordningen står nu i beskrivningen.',
    agendaReplaced: 'Dagordningen i beskrivningen är uppdaterad.',
    agendaCopied:
      'Sidan tog inte emot texten, så dagordningen finns i urklipp: klistra in den i beskrivningen.',
    agendaFailed: 'Dagordningen kunde varken infogas eller kopieras. Använd den ifyllda händelsen i stället.',
    downloadIcs: 'Ladda ned serien (.ics)',
    icsReady: 'Kalenderfilen är nedladdad.',
    openCompose: 'Öppna en ifylld ny händelse',
    themeButton: 'Pröva mot de sju kännetecknen',
    clearInTheme: 'Tydligt i vårt tema',
    saveSelection: 'Spara markerad text i temautkastet',
    selectionSaved: 'Sparat i temautkastet ({count, plural, one {# utdrag} other {# utdrag}} hittills).',
    selectionEmpty: 'Markera först lite text på sidan.',
    saveFailed: 'Kunde inte spara. Försök igen.',
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

export type CardMessageKey = keyof typeof cardMessages.en;
