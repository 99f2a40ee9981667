import { defineMessages } from '../../../shared/index.ts';

/**
 * Strings of the Outlook add-in's own parts: the task pane around the card and the event runtime.
 * Outlook's own buttons ("Send Anyway", "Don't Send") are named as Outlook names them in each language.
 * The send alert holds at most 500 characters, the notification bar 150.
 */
export const addinMessages = defineMessages({
  en: {
    paneLabel: 'Netverk',
    settingsButton: 'Settings',
    settingsHeading: 'Netverk settings',
    settingsIntro:
      'Kept in your mailbox: they follow you to every Outlook where Netverk is installed, and the check before sending uses them too.',
    languageLabel: 'Language',
    languageAuto: "Outlook's language",
    keywordsLabel: 'Your own words for network meetings',
    keywordsHint: 'One per line, besides the built-in ones such as {words}.',
    workshopKeywordsLabel: 'Your own words for workshops',
    saveSettings: 'Save settings',
    settingsSaved: 'Settings saved.',
    settingsNotSaved: 'Not saved, and nothing you typed is lost:',
    settingsProblem: '{field} ({path}): {message}',
    settingsSaveFailed: 'Outlook did not save the settings ({error}). Nothing you typed is lost: try again.',
    notOurs:
      'Netverk gives prompts for network meetings and workshops: give the meeting a title such as "Network meeting HR" or "Theme workshop".',
    featuresHeading: 'What Netverk does in this Outlook',
    missingHeading: 'This Outlook (Mailbox requirement set {version}) lacks:',
    featureInsert: 'Inserts the agenda in the meeting',
    lackInsert: 'Inserting the agenda in the meeting (it goes on your clipboard instead)',
    featureSeries: 'Makes the meeting a series in Outlook',
    lackSeries: 'Making the meeting a series in Outlook (download the series as .ics instead)',
    featureFollow: 'Follows changes to the time and attendees while this pane is open',
    lackFollow: 'Following changes to the time and attendees while this pane is open',
    featureNotice: 'Puts a notice in the meeting when the agenda no longer fits its time or attendees',
    lackNotice: 'A notice in the meeting when the agenda no longer fits its time or attendees',
    featureSendCheck: 'Checks for an agenda before a network meeting or workshop is sent',
    lackSendCheck: 'A check for an agenda before a network meeting or workshop is sent',
    sendNoAgenda:
      'This network meeting has no agenda. Choose Don\'t Send, open Netverk on the meeting\'s ribbon and choose "Insert agenda in the description".',
    sendNoRunningOrder:
      'This workshop has no running order. Choose Don\'t Send, open Netverk on the meeting\'s ribbon and choose "Insert running order in the description".',
    sendAgendaMisfit:
      "The agenda no longer fits the meeting's time or attendees. Choose Don't Send, open Netverk on the meeting's ribbon and insert the agenda again.",
    sendRunningOrderMisfit:
      "The running order no longer fits the workshop's time. Choose Don't Send, open Netverk on the meeting's ribbon and insert the running order again.",
    noticeMisfit:
      "Netverk: the agenda no longer fits the meeting's time or attendees. Open Netverk to update it.",
    noticeAction: 'Open Netverk',
  },
  da: {
    paneLabel: 'Netverk',
    settingsButton: 'Indstillinger',
    settingsHeading: 'Indstillinger for Netverk',
    settingsIntro:
      'Gemmes i din postkasse: de følger dig til alle de Outlook, hvor Netverk er installeret, og tjekket før afsendelse bruger dem også.',
    languageLabel: 'Sprog',
    languageAuto: 'Outlooks sprog',
    keywordsLabel: 'Dine egne ord for netværksmøder',
    keywordsHint: 'Ét pr. linje, ud over de indbyggede som {words}.',
    workshopKeywordsLabel: 'Dine egne ord for workshops',
    saveSettings: 'Gem indstillinger',
    settingsSaved: 'Indstillingerne er gemt.',
    settingsNotSaved: 'Ikke gemt, og intet af det, du har skrevet, er tabt:',
    settingsProblem: '{field} ({path}): {message}',
    settingsSaveFailed:
      'Outlook gemte ikke indstillingerne ({error}). Intet af det, du har skrevet, er tabt: prøv igen.',
    notOurs:
      'Netverk giver forslag til netværksmøder og workshops: giv mødet en titel som "Netværksmøde HR" eller "Temaworkshop".',
    featuresHeading: 'Det gør Netverk i denne Outlook',
    missingHeading: 'Denne Outlook (Mailbox-kravsæt {version}) mangler:',
    featureInsert: 'Indsætter dagsordenen i mødet',
    lackInsert: 'At indsætte dagsordenen i mødet (den lægges i udklipsholderen i stedet)',
    featureSeries: 'Gør mødet til en serie i Outlook',
    lackSeries: 'At gøre mødet til en serie i Outlook (hent serien som .ics i stedet)',
    featureFollow: 'Følger ændringer af tid og deltagere, mens panelet er åbent',
    lackFollow: 'At følge ændringer af tid og deltagere, mens panelet er åbent',
    featureNotice: 'Viser en besked i mødet, når dagsordenen ikke længere passer til tid eller deltagere',
    lackNotice: 'En besked i mødet, når dagsordenen ikke længere passer til tid eller deltagere',
    featureSendCheck: 'Tjekker for en dagsorden, før et netværksmøde eller en workshop sendes',
    lackSendCheck: 'Et tjek for dagsorden, før et netværksmøde eller en workshop sendes',
    sendNoAgenda:
      'Netværksmødet har ingen dagsorden. Vælg Send ikke, åbn Netverk på mødets bånd, og vælg "Indsæt dagsorden i beskrivelsen".',
    sendNoRunningOrder:
      'Workshoppen har ingen drejebog. Vælg Send ikke, åbn Netverk på mødets bånd, og vælg "Indsæt drejebogen i beskrivelsen".',
    sendAgendaMisfit:
      'Dagsordenen passer ikke længere til mødets tid eller deltagere. Vælg Send ikke, åbn Netverk på mødets bånd, og indsæt dagsordenen igen.',
    sendRunningOrderMisfit:
      'Drejebogen passer ikke længere til workshoppens tid. Vælg Send ikke, åbn Netverk på mødets bånd, og indsæt drejebogen igen.',
    noticeMisfit:
      'Netverk: dagsordenen passer ikke længere til mødets tid eller deltagere. Åbn Netverk for at opdatere den.',
    noticeAction: 'Åbn Netverk',
  },
  sv: {
    paneLabel: 'Netverk',
    settingsButton: 'Inställningar',
    settingsHeading: 'Inställningar för Netverk',
    settingsIntro:
      'Sparas i din postlåda: de följer med dig till varje Outlook där Netverk är installerat, och kontrollen före utskick använder dem också.',
    languageLabel: 'Språk',
    languageAuto: 'Outlooks språk',
    keywordsLabel: 'Egna ord för nätverksträffar',
    keywordsHint: 'Ett per rad, utöver de inbyggda som {words}.',
    workshopKeywordsLabel: 'Egna ord för workshoppar',
    saveSettings: 'Spara inställningar',
    settingsSaved: 'Inställningarna är sparade.',
    settingsNotSaved: 'Inte sparat, och inget av det du har skrivit har gått förlorat:',
    settingsProblem: '{field} ({path}): {message}',
    settingsSaveFailed:
      'Outlook sparade inte inställningarna ({error}). Inget av det du har skrivit har gått förlorat: försök igen.',
    notOurs:
      'Netverk ger förslag för nätverksträffar och workshoppar: ge mötet en rubrik som "Nätverksträff HR" eller "Idéverkstad".',
    featuresHeading: 'Det här gör Netverk i den här Outlook',
    missingHeading: 'Den här Outlook (Mailbox-kravuppsättning {version}) saknar:',
    featureInsert: 'Infogar dagordningen i mötet',
    lackInsert: 'Att infoga dagordningen i mötet (den läggs i urklipp i stället)',
    featureSeries: 'Gör mötet till en serie i Outlook',
    lackSeries: 'Att göra mötet till en serie i Outlook (ladda ned serien som .ics i stället)',
    featureFollow: 'Följer ändringar av tid och deltagare medan fönstret är öppet',
    lackFollow: 'Att följa ändringar av tid och deltagare medan fönstret är öppet',
    featureNotice: 'Visar ett meddelande i mötet när dagordningen inte längre passar tiden eller deltagarna',
    lackNotice: 'Ett meddelande i mötet när dagordningen inte längre passar tiden eller deltagarna',
    featureSendCheck: 'Kontrollerar dagordningen innan en nätverksträff eller workshop skickas',
    lackSendCheck: 'En kontroll av dagordningen innan en nätverksträff eller workshop skickas',
    sendNoAgenda:
      'Nätverksträffen har ingen dagordning. Välj Skicka inte, öppna Netverk i mötets menyfliksområde och välj "Infoga dagordning i beskrivningen".',
    sendNoRunningOrder:
      'Workshoppen har inget körschema. Välj Skicka inte, öppna Netverk i mötets menyfliksområde och välj "Infoga körschemat i beskrivningen".',
    sendAgendaMisfit:
      'Dagordningen passar inte längre mötets tid eller deltagare. Välj Skicka inte, öppna Netverk i mötets menyfliksområde och infoga dagordningen igen.',
    sendRunningOrderMisfit:
      'Körschemat passar inte längre workshoppens tid. Välj Skicka inte, öppna Netverk i mötets menyfliksområde och infoga körschemat igen.',
    noticeMisfit:
      'Netverk: dagordningen passar inte längre mötets tid eller deltagare. Öppna Netverk för att uppdatera den.',
    noticeAction: 'Öppna Netverk',
  },
});

export type AddinMessageKey = keyof typeof addinMessages.en;
