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
    'round-up': 'Round-up and next steps',
    groupsLine: 'Split into {groups} groups of {size}; each group takes its own part, then all share.',
    copiesLine:
      '{count, plural, one {One copy of the board: one leader or a leader pair fills it in.} other {# copies of the board: one for each participant.}}',
    roundLine:
      '{count, plural, one {# minute each: newcomers get the full turn, regulars one sentence.} other {# minutes each: newcomers get the full turn, regulars one sentence.}}',
    materialsLine: 'Materials: {list}',
    beforehandTitle: 'Before the session',
    runningOrderTitle: 'Running order',
    slotTime: '{start}–{end}\n{minutes} min',
    sessionTotal: 'In all {minutes} min, {start}–{end}, {participants} participants',
    shorten:
      'The session needs {needed} of {available} minutes. Shorten “{block}” by {count, plural, one {# minute} other {# minutes}}, or make the session longer.',
    shortened: '“{block}” is shortened to {count, plural, one {# minute} other {# minutes}} to fit.',
    spare: '{count, plural, one {# minute is} other {# minutes are}} left at the end.',
    roundTooLong:
      'The presentation round takes {count, plural, one {# minute} other {# minutes}}, more than a third of the meeting: newcomers get the full turn, regulars one sentence.',
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
    'round-up': 'Opsamling og næste skridt',
    groupsLine: 'Del jer i {groups} grupper på {size}; hver gruppe tager sin del, og så deler alle.',
    copiesLine:
      '{count, plural, one {Én udgave af tavlen: én leder eller et lederpar udfylder den.} other {# udgaver af tavlen: én til hver deltager.}}',
    roundLine:
      '{count, plural, one {# minut hver: nye får hele turen, faste deltagere én sætning.} other {# minutter hver: nye får hele turen, faste deltagere én sætning.}}',
    materialsLine: 'Materialer: {list}',
    beforehandTitle: 'Før forløbet',
    runningOrderTitle: 'Forløbet',
    slotTime: '{start}–{end}\n{minutes} min.',
    sessionTotal: 'I alt {minutes} min., {start}–{end}, {participants} deltagere',
    shorten:
      'Forløbet kræver {needed} af {available} minutter. Forkort “{block}” med {count, plural, one {# minut} other {# minutter}}, eller gør forløbet længere.',
    shortened: '“{block}” er forkortet til {count, plural, one {# minut} other {# minutter}}, så det passer.',
    spare: '{count, plural, one {Der er # minut tilbage} other {Der er # minutter tilbage}} til sidst.',
    roundTooLong:
      'Præsentationsrunden tager {count, plural, one {# minut} other {# minutter}}, mere end en tredjedel af mødet: nye får hele turen, faste deltagere én sætning.',
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
    'round-up': 'Sammanfattning och nästa steg',
    groupsLine: 'Dela upp er i {groups} grupper om {size}; varje grupp tar sin del, sedan delar alla.',
    copiesLine:
      '{count, plural, one {Ett exemplar av tavlan: en ledare eller ett ledarpar fyller i det.} other {# exemplar av tavlan: ett till varje deltagare.}}',
    roundLine:
      '{count, plural, one {# minut var: nya får hela turen, vana deltagare en mening.} other {# minuter var: nya får hela turen, vana deltagare en mening.}}',
    materialsLine: 'Material: {list}',
    beforehandTitle: 'Före träffen',
    runningOrderTitle: 'Upplägg',
    slotTime: '{start}–{end}\n{minutes} min',
    sessionTotal: 'Totalt {minutes} min, {start}–{end}, {participants} deltagare',
    shorten:
      'Upplägget behöver {needed} av {available} minuter. Korta “{block}” med {count, plural, one {# minut} other {# minuter}}, eller gör upplägget längre.',
    shortened: '“{block}” är kortat till {count, plural, one {# minut} other {# minuter}} för att få plats.',
    spare: '{count, plural, one {Det blir # minut över} other {Det blir # minuter över}} i slutet.',
    roundTooLong:
      'Presentationsrundan tar {count, plural, one {# minut} other {# minuter}}, mer än en tredjedel av träffen: nya får hela turen, vana deltagare en mening.',
  },
});

export type SessionMessageKey = keyof typeof sessionMessages.en;
