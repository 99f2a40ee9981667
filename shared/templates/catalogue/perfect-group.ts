import type { Template } from '../template-schema.ts';

/** "The perfect group" (content.md §7): each writes alone, all present, the group agrees on a shared set. */
export const perfectGroup: Template = {
  schemaVersion: 1,
  id: 'perfect-group',
  version: 1,
  title: { da: 'Den perfekte gruppe', sv: 'Den perfekta gruppen', en: 'The perfect group' },
  summary: {
    da: 'Bliv enige om, hvad der får jeres gruppe til at fungere godt: først hver for sig, så sammen.',
    sv: 'Kom överens om vad som får er grupp att fungera bra: först var för sig, sedan tillsammans.',
    en: 'Agree on what makes your group work well: first each on your own, then together.',
  },
  about: {
    da: 'Efter en øvelse fra Familjen Helsingborgs netværksprojekt, med vores egen trin-for-trin-vejledning.',
    sv: 'Efter en övning från Familjen Helsingborgs nätverksprojekt, med vår egen steg-för-steg-beskrivning.',
    en: "After an exercise from Familjen Helsingborg's network project, with our own step-by-step guide.",
  },
  instructions: [
    {
      da: 'Trin 1, hver for sig (5 min.): skriv de vigtigste punkter for en gruppe, der fungerer godt – ét punkt per seddel i dit eget felt.',
      sv: 'Steg 1, var för sig (5 min): skriv de viktigaste punkterna för en grupp som fungerar bra – en punkt per lapp i ditt eget fält.',
      en: 'Step 1, alone (5 min): write the most important points for a group that works well, one per note, in your own field.',
    },
    {
      da: 'Trin 2, fremlæg (1–2 min. hver): læs dine punkter op uden diskussion. Spørg kun for at forstå.',
      sv: 'Steg 2, presentera (1–2 min var): läs upp dina punkter utan diskussion. Ställ bara frågor för att förstå.',
      en: 'Step 2, present (1–2 min each): read your points aloud without debate. Ask only to understand.',
    },
    {
      da: 'Trin 3, sammen (15 min.): saml beslægtede punkter og bliv enige om et fælles sæt, som alle kan stå inde for.',
      sv: 'Steg 3, tillsammans (15 min): samla liknande punkter och enas om en gemensam uppsättning som alla kan stå bakom.',
      en: 'Step 3, together (15 min): group similar points and agree on a shared set that everyone can stand behind.',
    },
    {
      da: 'Gem det fælles sæt, og tag det frem igen, når I fornyer formål og mødeform.',
      sv: 'Spara den gemensamma uppsättningen och ta fram den igen när ni förnyar syfte och mötesupplägg.',
      en: 'Keep the shared set, and look at it again when you renew your purpose and meeting set-up.',
    },
    {
      da: 'Er I flere end omkring 8, så del jer i grupper på 4–6, som hver laver trin 1–3; saml så gruppernes punkter til én fælles liste.',
      sv: 'Om ni är fler än ungefär 8: dela upp er i grupper om 4–6 som var och en gör steg 1–3; slå sedan ihop gruppernas punkter till en gemensam lista.',
      en: "More than about 8 of you? Split into groups of 4–6 that each do steps 1–3; then merge the groups' sets into one.",
    },
  ],
  timing: { minutes: 45 },
  sections: [
    {
      kind: 'zones',
      id: 'alone',
      title: { da: 'Trin 1: hver for sig', sv: 'Steg 1: var för sig', en: 'Step 1: on your own' },
      columns: 1,
      perParticipant: true,
      zones: [
        {
          id: 'my-points',
          title: {
            da: 'Mine vigtigste punkter',
            sv: 'Mina viktigaste punkter',
            en: 'My most important points',
          },
          prompt: {
            da: 'Hvad skal være på plads, for at en gruppe fungerer rigtig godt? Ét punkt per seddel.',
            sv: 'Vad måste finnas på plats för att en grupp ska fungera riktigt bra? En punkt per lapp.',
            en: 'What must be in place for a group to work really well? One point per note.',
          },
          color: 'light_yellow',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'together',
      title: { da: 'Trin 2 og 3: sammen', sv: 'Steg 2 och 3: tillsammans', en: 'Steps 2 and 3: together' },
      columns: 3,
      zones: [
        {
          id: 'common-themes',
          title: { da: 'Det går igen', sv: 'Det här återkommer', en: 'What comes up again' },
          prompt: {
            da: 'Flyt beslægtede sedler herover, mens I fremlægger, og giv hver klynge en overskrift.',
            sv: 'Flytta hit lappar som hör ihop medan ni presenterar, och ge varje kluster en rubrik.',
            en: 'Move related notes here as you present, and give each cluster a heading.',
          },
          color: 'light_blue',
        },
        {
          id: 'shared-set',
          title: { da: 'Vores fælles punkter', sv: 'Våra gemensamma punkter', en: 'Our shared points' },
          prompt: {
            da: 'De punkter, vi alle står inde for. Skriv dem, så en ny deltager forstår dem.',
            sv: 'De punkter vi alla står bakom. Skriv dem så att en ny deltagare förstår dem.',
            en: 'The points we all stand behind. Word them so that a newcomer understands them.',
          },
          color: 'green',
          minutes: 'decision',
        },
        {
          id: 'still-open',
          title: { da: 'Endnu ikke enige', sv: 'Inte överens än', en: 'Not agreed yet' },
          prompt: {
            da: 'Punkter, vi ikke blev enige om. Hvornår tager vi dem op igen?',
            sv: 'Punkter vi inte blev överens om. När tar vi upp dem igen?',
            en: 'Points we did not agree on. When will we come back to them?',
          },
          color: 'orange',
          minutes: 'next',
        },
      ],
    },
  ],
};
