import type { Template } from '../template-schema.ts';

/** The seven characteristics of a good network theme (content.md §2), each checked: clear, or not yet. */
export const sevenCharacteristics: Template = {
  schemaVersion: 1,
  id: 'seven-characteristics',
  version: 1,
  title: {
    da: 'Det gode netværkstema: syv karakteristika',
    sv: 'Det goda nätverkstemat: sju kännetecken',
    en: 'The good network theme: seven characteristics',
  },
  summary: {
    da: 'Hold temaet op mod de syv karakteristika: hvad er allerede tydeligt, og hvad kan blive tydeligere?',
    sv: 'Pröva temat mot de sju kännetecknen: vad är redan tydligt, och vad kan bli tydligare?',
    en: 'Hold the theme up against the seven characteristics: what is already clear, and what could become clearer?',
  },
  about: {
    da: 'Efter Albertslund Kommunes netværksmodel. Det syvende karakteristikum, nye perspektiver, kommer fra en ældre side fra samme kommune; spørgsmålet til det er vores eget.',
    sv: 'Efter Albertslunds kommuns nätverksmodell. Det sjunde kännetecknet, nya perspektiv, kommer från en äldre sida från samma kommun; frågan till det är vår egen.',
    en: "After Albertslund Kommune's network model. The seventh characteristic, new perspectives, comes from an older page of the same municipality; its question is our own.",
  },
  instructions: [
    {
      da: 'Tag ét punkt ad gangen, og læs spørgsmålet højt.',
      sv: 'Ta ett kännetecken i taget och läs frågan högt.',
      en: 'Take one characteristic at a time and read its question aloud.',
    },
    {
      da: 'Er det tydeligt i jeres tema? Skriv hvordan. Er det ikke? Skriv, hvordan det kan blive tydeligere, når I folder temaet ud.',
      sv: 'Är det tydligt i ert tema? Skriv hur. Är det inte det? Skriv hur det kan bli tydligare när ni utforskar och fördjupar temat.',
      en: 'Is it clear in your theme? Write how. If not, write how it could become clearer as you unfold the theme.',
    },
    {
      da: '"Ikke endnu" er ikke en fejl: det viser, hvor I skal grave videre.',
      sv: '"Inte än" är inget misslyckande: det visar var ni ska gräva vidare.',
      en: '"Not yet" is not a failure: it shows where to dig next.',
    },
    {
      da: 'Er I flere end omkring 8, så del jer i grupper på 4–6; fordel karakteristikaene mellem grupperne, og lad hver gruppe fremlægge kort.',
      sv: 'Om ni är fler än ungefär 8: dela upp er i grupper om 4–6, fördela kännetecknen mellan grupperna och låt varje grupp redovisa kort.',
      en: 'More than about 8 of you? Split into groups of 4–6, share the characteristics out between the groups and let each group report back briefly.',
    },
    {
      da: 'Prikafstemning, når alle har delt: hver deltager får 3 prikker (2, hvis I er flere end 20). Sæt dem i "Tydeligt"-felterne ved de karakteristika, der står stærkest i jeres tema. Færrest prikker viser, hvor I skal grave videre.',
      sv: 'Prickröstning när alla har delat: varje deltagare får 3 prickar (2 om ni är fler än 20). Sätt dem i "Tydligt"-rutorna vid de kännetecken som är starkast i ert tema. Färst prickar visar var ni ska gräva vidare.',
      en: 'Dot vote once everyone has shared: each participant gets 3 dots (2 if you are more than 20). Put them in the "Clear" cells of the characteristics that are strongest in your theme. The fewest dots show where to dig next.',
    },
  ],
  timing: { minutes: 45 },
  sections: [
    {
      kind: 'matrix',
      id: 'characteristics',
      rowHeader: { da: 'Karakteristikum', sv: 'Kännetecken', en: 'Characteristic' },
      rows: [
        {
          id: 'citizen-value',
          title: { da: 'Værdi for borgeren', sv: 'Värde för invånarna', en: 'Value for citizens' },
          question: {
            da: 'Kan temaet give borgerne bedre velfærd eller bedre løsninger, hvor de møder kommunen? Hvordan?',
            sv: 'Kan temat ge invånarna bättre välfärd eller bättre lösningar där de möter kommunen? Hur?',
            en: 'Can the theme bring better welfare, or better solutions where citizens meet the municipality? How?',
          },
        },
        {
          id: 'current',
          title: { da: 'Aktuelt og vigtigt', sv: 'Aktuellt och viktigt', en: 'Current and important' },
          question: {
            da: 'Er der et reelt behov lige nu, som både ledelse og medarbejdere vil have løst? Hvem er det vigtigt for?',
            sv: 'Finns det ett verkligt behov just nu, som både ledning och medarbetare vill få löst? För vem är det viktigt?',
            en: 'Is there a real need right now that both management and staff want solved? To whom does it matter?',
          },
        },
        {
          id: 'cross-cutting',
          title: { da: 'Tværgående', sv: 'Tvärgående', en: 'Cross-cutting' },
          question: {
            da: 'Kan ingen enhed løse det alene, og kan det skabe nye relationer på tværs? Hvilke enheder berøres?',
            sv: 'Kan ingen enhet lösa det på egen hand, och kan det skapa nya relationer över gränserna? Vilka enheter berörs?',
            en: 'Can no single unit solve it alone, and can it build new relations across? Which units are affected?',
          },
        },
        {
          id: 'complex',
          title: { da: 'Komplekst', sv: 'Komplext', en: 'Complex' },
          question: {
            da: 'Er det svært at indkredse, og må vi være målsøgende, fordi ingen kender den gode løsning på forhånd? Hvad har vi nu, og hvorfor slår det ikke til?',
            sv: 'Är det svårt att ringa in, och vet vi ännu inte hur en bra lösning ser ut, så att vi får söka oss fram? Vad har vi nu, och varför räcker det inte?',
            en: 'Is it hard to pin down, and must we be goal-seeking, since no one knows the good solution in advance? What do we have now, and why is it not enough?',
          },
        },
        {
          id: 'learning',
          title: { da: 'Læring', sv: 'Lärande', en: 'Learning' },
          question: {
            da: 'Kan arbejdet med temaet skabe ny læring? Hvilken viden mangler vi i dag?',
            sv: 'Kan arbetet med temat ge nytt lärande? Vilken kunskap saknar vi i dag?',
            en: 'Can working on the theme create new learning? What knowledge do we lack today?',
          },
        },
        {
          id: 'innovation',
          title: { da: 'Innovation', sv: 'Innovation', en: 'Innovation' },
          question: {
            da: 'Kan det inden for rammerne give nye og bedre måder at arbejde på, med et vist økonomisk potentiale? Hvad passer ikke længere?',
            sv: 'Kan det inom ramarna ge nya och bättre arbetssätt, med viss ekonomisk potential? Vilka arbetssätt passar inte längre?',
            en: 'Can it bring new, better ways of working within the frame, with some economic gain? Which ways no longer fit?',
          },
        },
        {
          id: 'new-perspectives',
          title: { da: 'Nye perspektiver', sv: 'Nya perspektiv', en: 'New perspectives' },
          question: {
            da: 'Kræver gode løsninger hjælp fra borgere, vidensinstitutioner, virksomheder eller foreninger? Hvis blik mangler vi?',
            sv: 'Behövs invånare, lärosäten, företag eller föreningar för att hitta bra lösningar? Vems perspektiv saknas?',
            en: 'Do good solutions need citizens, knowledge institutions, businesses or associations? Whose perspective are we missing?',
          },
        },
      ],
      columns: [
        {
          id: 'clear',
          title: { da: 'Tydeligt – hvordan?', sv: 'Tydligt – hur?', en: 'Clear — how?' },
          color: 'light_green',
          vote: true,
        },
        {
          id: 'not-yet',
          title: {
            da: 'Ikke endnu – hvordan kan det blive tydeligere?',
            sv: 'Inte än – hur kan det bli tydligare?',
            en: 'Not yet — how could it become clearer?',
          },
          color: 'light_yellow',
        },
      ],
    },
  ],
};
