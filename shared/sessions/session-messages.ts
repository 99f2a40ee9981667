import { defineMessages } from '../i18n/define-messages.ts';

/** Words of sessions: import errors, the running order's lines and its warnings, in the user's language. */
export const sessionMessages = defineMessages({
  en: {
    minutesRequired: 'Give the block its length in minutes.',
    roundMinutes:
      'A presentation round has no fixed length: the agenda rule times it from the group and the session length.',
    copiesShared: '{count} copies of the board: share one between two or three.',
    duplicateBlock: 'The block id "{id}" is used twice; every block of a session needs its own id.',
    minAboveMinutes: 'The shortest length may not be longer than the block itself ({minutes} min).',
    participantRange: 'The most participants may not be fewer than the fewest.',
    groupRange: 'The largest group may not be smaller than the smallest.',
    unknownTemplate: 'There is no template "{id}", neither built in nor in this pack.',
    unknownSection: 'The template "{template}" has no section "{id}".',
    unknownZone: 'The chosen sections of the template "{template}" have no zone "{id}".',
    duplicateSession: 'The session id "{id}" is used twice in this pack.',
    builtInSessionId: 'The session id "{id}" belongs to a built-in session; give yours another id.',
    notSession: 'This is not a session (expected "schemaVersion" and "blocks").',
    newerSession: 'This session was made for a newer version of Netverk (schema version {version}).',
    welcome: 'Welcome',
    break: 'Break',
    'presentation-round': 'Presentation round',
    'guest-speaker': 'Guest speaker',
    'round-up': 'Round-up and next steps',
    groupsLine:
      'Split into {groups} groups of {size}, each taking its own part; the groups report briefly at the end.',
    copiesLine:
      '{count, plural, one {One copy of the board: one leader or a leader pair fills it in.} other {# copies of the board: one for each participant.}}',
    materialsLine: 'Materials: {list}',
    beforehandTitle: 'Before the session',
    runningOrderTitle: 'Running order',
    slotTime: '{start}–{end}\n{minutes} min',
    sessionTotal: 'In all {minutes} min, {start}–{end}, {participants} participants',
    shortened: '“{block}” is shortened to {count, plural, one {# minute} other {# minutes}} to fit.',
    spare: '{count, plural, one {# minute is} other {# minutes are}} left at the end.',
    groupsWholeLine:
      'Split into {groups} groups of {size}; each group does the whole task on its own board, then the groups compare.',
    roundLine:
      '{count, plural, one {# minute each, the same for everyone.} other {# minutes each, the same for everyone.}}',
    roundTablesLine:
      '{count, plural, one {At the tables, in {groups} groups of {size}: # minute each. Name the newcomers in plenary first.} other {At the tables, in {groups} groups of {size}: # minutes each. Name the newcomers in plenary first.}}',
    notFit: 'The session needs {needed} minutes; the event is {available}.',
    fixShorten:
      'Shorten “{block}” ({minutes} min) by {count, plural, one {# minute} other {# minutes}}, or make the event longer.',
    fixRound:
      'Let only newcomers present themselves, or take the round at the tables: that gives {count, plural, one {# minute} other {# minutes}}.',
    fixLengthen: 'Make the event {count} minutes long, or choose a shorter session.',
    fixLengthenUntil: 'Let the event end at {end}, or choose a shorter session.',
    outputLine: 'Done when: {output}',
    groupBoard: 'group {n}',
    outsideRange:
      '“{title}” is written for {min}–{max} people; you are {count}. Check the running order, or split into two sessions.',
    startConverted: 'The start {from} is {to} in {zone}: the times are given in {zone}.',
    badStart:
      'The start “{start}” is not a date and time; write it like 2027-03-16T09:00+01:00, or 2027-03-16T09:00 with a time zone.',
    badZone: '“{zone}” is not a time zone; give one like Europe/Copenhagen or Europe/Stockholm.',
    needZone:
      'Which time zone is “{start}” in? This machine is set to UTC, so give it (--tz Europe/Copenhagen), or write the start with its offset.',
    dstGap: '{start} does not exist in {zone}: the clocks skip that hour. Choose another time.',
    badLength: 'The length must be a whole number of minutes from {min} to {max}.',
    networkLine: 'Network: {name}',
    themeLine: 'Theme: {theme}',
    checklistTitle: 'To print and bring',
  },
  da: {
    minutesRequired: 'Angiv blokkens længde i minutter.',
    roundMinutes:
      'En præsentationsrunde har ingen fast længde: dagsordensreglen beregner den ud fra gruppen og forløbets længde.',
    copiesShared: '{count} udgaver af tavlen: del én mellem to eller tre.',
    duplicateBlock: 'Blok-id\'et "{id}" er brugt to gange; hver blok i et forløb skal have sit eget id.',
    minAboveMinutes: 'Den korteste længde må ikke være længere end selve blokken ({minutes} min.).',
    participantRange: 'Det højeste antal deltagere må ikke være lavere end det laveste.',
    groupRange: 'Den største gruppe må ikke være mindre end den mindste.',
    unknownTemplate: 'Der findes ingen skabelon "{id}", hverken indbygget eller i denne pakke.',
    unknownSection: 'Skabelonen "{template}" har intet afsnit "{id}".',
    unknownZone: 'De valgte afsnit af skabelonen "{template}" har intet felt "{id}".',
    duplicateSession: 'Forløbs-id\'et "{id}" er brugt to gange i denne pakke.',
    builtInSessionId: 'Forløbs-id\'et "{id}" tilhører et indbygget forløb; giv jeres et andet id.',
    notSession: 'Dette er ikke et forløb (forventede "schemaVersion" og "blocks").',
    newerSession: 'Forløbet er lavet til en nyere version af Netverk (skemaversion {version}).',
    welcome: 'Velkommen',
    break: 'Pause',
    'presentation-round': 'Præsentationsrunde',
    'guest-speaker': 'Gæstetaler',
    'round-up': 'Afrunding og næste skridt',
    groupsLine:
      'Del jer i {groups} grupper på {size}, som tager hver sin del; grupperne fremlægger kort til sidst.',
    copiesLine:
      '{count, plural, one {Én udgave af tavlen: én leder eller et lederpar udfylder den.} other {# udgaver af tavlen: én til hver deltager.}}',
    materialsLine: 'Materialer: {list}',
    beforehandTitle: 'Forberedelse',
    runningOrderTitle: 'Drejebog',
    slotTime: '{start}–{end}\n{minutes} min.',
    sessionTotal: 'I alt {minutes} min., {start}–{end}, {participants} deltagere',
    shortened: '“{block}” er forkortet til {count, plural, one {# minut} other {# minutter}}, så det passer.',
    spare: '{count, plural, one {Der er # minut tilbage} other {Der er # minutter tilbage}} til sidst.',
    groupsWholeLine:
      'Del jer i {groups} grupper på {size}, som hver laver hele øvelsen på sin egen tavle; sammenlign i plenum til sidst.',
    roundLine:
      '{count, plural, one {# minut hver – lige lang tid til alle.} other {# minutter hver – lige lang tid til alle.}}',
    roundTablesLine:
      '{count, plural, one {Ved bordene, i {groups} grupper på {size}: # minut hver. Nævn de nye ved navn i plenum først.} other {Ved bordene, i {groups} grupper på {size}: # minutter hver. Nævn de nye ved navn i plenum først.}}',
    notFit: 'Forløbet kræver {needed} minutter, men der er kun {available}.',
    fixShorten:
      'Forkort “{block}” ({minutes} min.) med {count, plural, one {# minut} other {# minutter}}, eller gør aftalen længere.',
    fixRound:
      'Lad kun de nye præsentere sig, eller tag runden ved bordene: det giver {count, plural, one {# minut} other {# minutter}}.',
    fixLengthen: 'Gør aftalen {count} minutter lang, eller vælg et kortere forløb.',
    fixLengthenUntil: 'Lad aftalen slutte kl. {end}, eller vælg et kortere forløb.',
    outputLine: 'Resultat: {output}',
    groupBoard: 'gruppe {n}',
    outsideRange:
      '“{title}” er skrevet til {min}–{max} deltagere; I er {count}. Tjek forløbet, eller del jer på to forløb.',
    startConverted: 'Starttidspunktet {from} er {to} i {zone}: tiderne er angivet i {zone}.',
    badStart:
      'Starten “{start}” er ikke en dato og et klokkeslæt; skriv fx 2027-03-16T09:00+01:00, eller 2027-03-16T09:00 med en tidszone.',
    badZone: '“{zone}” er ikke en tidszone; angiv fx Europe/Copenhagen eller Europe/Stockholm.',
    needZone:
      'Hvilken tidszone er “{start}” i? Maskinen er sat til UTC, så angiv den (--tz Europe/Copenhagen), eller skriv starten med forskydning.',
    dstGap: '{start} findes ikke i {zone}: urene springer den time over. Vælg et andet tidspunkt.',
    badLength: 'Længden skal være et helt antal minutter fra {min} til {max}.',
    networkLine: 'Netværk: {name}',
    themeLine: 'Tema: {theme}',
    checklistTitle: 'Print og tag med',
  },
  sv: {
    minutesRequired: 'Ange blockets längd i minuter.',
    roundMinutes:
      'En presentationsrunda har ingen fast längd: agendaregeln räknar ut den utifrån gruppen och uppläggets längd.',
    copiesShared: '{count} exemplar av tavlan: dela ett mellan två eller tre.',
    duplicateBlock: 'Block-id:t "{id}" används två gånger; varje block i ett upplägg behöver ett eget id.',
    minAboveMinutes: 'Den kortaste längden får inte vara längre än själva blocket ({minutes} min).',
    participantRange: 'Det högsta antalet deltagare får inte vara lägre än det lägsta.',
    groupRange: 'Den största gruppen får inte vara mindre än den minsta.',
    unknownTemplate: 'Det finns ingen mall "{id}", varken inbyggd eller i det här paketet.',
    unknownSection: 'Mallen "{template}" har inget avsnitt "{id}".',
    unknownZone: 'De valda avsnitten av mallen "{template}" har inget fält "{id}".',
    duplicateSession: 'Upplägg-id:t "{id}" används två gånger i det här paketet.',
    builtInSessionId: 'Upplägg-id:t "{id}" hör till ett inbyggt upplägg; ge ert ett annat id.',
    notSession: 'Det här är inget upplägg (förväntade "schemaVersion" och "blocks").',
    newerSession: 'Upplägget är gjort för en nyare version av Netverk (schemaversion {version}).',
    welcome: 'Välkommen',
    break: 'Paus',
    'presentation-round': 'Presentationsrunda',
    'guest-speaker': 'Gästtalare',
    'round-up': 'Avrundning och nästa steg',
    groupsLine:
      'Dela upp er i {groups} grupper om {size} som tar var sin del; grupperna redovisar kort i slutet.',
    copiesLine:
      '{count, plural, one {Ett exemplar av tavlan: en ledare eller ett ledarpar fyller i det.} other {# exemplar av tavlan: ett till varje deltagare.}}',
    materialsLine: 'Material: {list}',
    beforehandTitle: 'Förberedelser',
    runningOrderTitle: 'Körschema',
    slotTime: '{start}–{end}\n{minutes} min',
    sessionTotal: 'Totalt {minutes} min, {start}–{end}, {participants} deltagare',
    shortened:
      '”{block}” har kortats till {count, plural, one {# minut} other {# minuter}} så att allt ryms.',
    spare: '{count, plural, one {Det blir # minut över} other {Det blir # minuter över}} i slutet.',
    groupsWholeLine:
      'Dela upp er i {groups} grupper om {size} som gör hela övningen på var sin tavla; jämför i helgrupp i slutet.',
    roundLine:
      '{count, plural, one {# minut var – lika lång tid för alla.} other {# minuter var – lika lång tid för alla.}}',
    roundTablesLine:
      '{count, plural, one {Vid borden, i {groups} grupper om {size}: # minut var. Nämn de nya vid namn i helgrupp först.} other {Vid borden, i {groups} grupper om {size}: # minuter var. Nämn de nya vid namn i helgrupp först.}}',
    notFit: 'Upplägget behöver {needed} minuter, men det finns bara {available}.',
    fixShorten:
      'Korta “{block}” ({minutes} min) med {count, plural, one {# minut} other {# minuter}}, eller gör bokningen längre.',
    fixRound:
      'Låt bara de nya presentera sig, eller ta rundan vid borden: det ger {count, plural, one {# minut} other {# minuter}}.',
    fixLengthen: 'Gör bokningen {count} minuter lång, eller välj ett kortare upplägg.',
    fixLengthenUntil: 'Låt bokningen sluta kl. {end}, eller välj ett kortare upplägg.',
    outputLine: 'Resultat: {output}',
    groupBoard: 'grupp {n}',
    outsideRange:
      '”{title}” är skrivet för {min}–{max} deltagare; ni är {count}. Kontrollera upplägget, eller dela upp er på två tillfällen.',
    startConverted: 'Starttiden {from} är {to} i {zone}: tiderna anges i {zone}.',
    badStart:
      'Starten ”{start}” är inget datum och klockslag; skriv t.ex. 2027-03-16T09:00+01:00, eller 2027-03-16T09:00 med en tidszon.',
    badZone: '”{zone}” är ingen tidszon; ange t.ex. Europe/Stockholm eller Europe/Copenhagen.',
    needZone:
      'Vilken tidszon gäller ”{start}”? Datorn är inställd på UTC, så ange den (--tz Europe/Stockholm), eller skriv starten med tidsförskjutning.',
    dstGap: '{start} finns inte i {zone}: klockan hoppar över den timmen. Välj en annan tid.',
    badLength: 'Längden ska vara ett helt antal minuter från {min} till {max}.',
    networkLine: 'Nätverk: {name}',
    themeLine: 'Tema: {theme}',
    checklistTitle: 'Skriv ut och ta med',
  },
});

export type SessionMessageKey = keyof typeof sessionMessages.en;
