import type { Template } from '../template-schema.ts';

/** Field walk (content.md §4): plan the walk, then bring back what was seen and heard. The methods are ours. */
export const fieldWalk: Template = {
  schemaVersion: 1,
  id: 'field-walk',
  version: 1,
  title: { da: 'Markvandring', sv: 'Fältbesök', en: 'Field walk' },
  summary: {
    da: 'Tag ud, hvor temaet udspiller sig i hverdagen: observér, tal med dem, det berører, og tag fundene med hjem til netværket.',
    sv: 'Gå ut där temat finns på riktigt: iaktta, prata med dem som berörs och ta med fynden hem till nätverket.',
    en: 'Go where the theme plays out day to day: observe, talk to the people it touches and bring your findings back to the network.',
  },
  about: {
    da: 'Efter Albertslund Kommunes vejledning i at udfolde et netværkstema. Metoderne til selve vandringen er vores egne.',
    sv: 'Efter Albertslunds kommuns vägledning för att utforska och fördjupa ett nätverkstema. Metoderna för själva besöket är våra egna.',
    en: "After Albertslund Kommune's guidance on unfolding a network theme. The methods for the walk itself are our own.",
  },
  instructions: [
    {
      da: 'Planlæg sammen (ca. 30 min.): hvor skal I hen, hvem møder I, og hvad undrer I jer over?',
      sv: 'Planera tillsammans (ca 30 min): vart ska ni, vilka möter ni och vad undrar ni över?',
      en: 'Plan together (about 30 min): where will you go, whom will you meet, what do you wonder about?',
    },
    {
      da: 'Brug en eller to intensive dage derude. Det er en stikprøve, ikke en undersøgelse.',
      sv: 'Lägg en eller två intensiva dagar ute på fältet. Det är ett stickprov, inte en undersökning.',
      en: 'Spend one or two intensive days out there. It is a sample, not a survey.',
    },
    {
      da: 'Gå med et undrende og nysgerrigt blik: se efter muligheder, ikke efter beviser.',
      sv: 'Gå med en undrande och nyfiken blick: leta efter möjligheter, inte efter bevis.',
      en: 'Go with wonder and curiosity: look for possibilities, not for proof.',
    },
    {
      da: 'Dokumentér undervejs, og saml op sammen bagefter (ca. 60 min.): én iagttagelse per seddel.',
      sv: 'Dokumentera under tiden. Samlas efteråt och gå igenom fynden (ca 60 min): en iakttagelse per lapp.',
      en: 'Document as you go, and debrief together afterwards (about 60 min): one finding per note.',
    },
  ],
  timing: { minutes: 90, parts: [30, 60] },
  sections: [
    {
      kind: 'notes',
      id: 'methods',
      title: {
        da: 'Metoder til markvandringen',
        sv: 'Metoder för fältbesöket',
        en: 'Methods for the walk',
      },
      items: [
        {
          da: 'Observationslog: sæt dig, hvor det sker, og skriv ned, hvad du ser og hører – uden at vurdere.',
          sv: 'Observationslogg: sätt dig där det händer och skriv ner vad du ser och hör – utan att värdera.',
          en: 'Observation log: sit where things happen and write down what you see and hear, without judging.',
        },
        {
          da: 'Korte samtaler: Hvad fylder i din hverdag? Hvad virker? Hvad ville du lave om?',
          sv: 'Korta samtal: Vad tar mest plats i din vardag? Vad fungerar? Vad skulle du vilja ändra?',
          en: 'Short talks: What fills your day? What works? What would you change?',
        },
        {
          da: 'Fotovandring: fotografér steder, ting og situationer, der siger noget om temaet. Spørg altid, før du fotograferer mennesker.',
          sv: 'Fotopromenad: fotografera platser, saker och situationer som säger något om temat. Fråga alltid innan du fotograferar människor.',
          en: 'Photo walk: photograph places, things and situations that say something about the theme. Always ask before photographing people.',
        },
        {
          da: 'Følg med en dag: gå med en medarbejder eller borger gennem en del af deres dag.',
          sv: 'Följ med en dag: gå bredvid en medarbetare eller invånare under en del av deras dag.',
          en: 'Follow a day: go alongside a member of staff or a citizen for part of their day.',
        },
        {
          da: 'Skriv roller, ikke navne, og gem ingen kontaktoplysninger på tavlen.',
          sv: 'Skriv roller, inte namn, och lägg inga kontaktuppgifter på tavlan.',
          en: 'Write roles, not names, and keep contact details off the board.',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'before',
      title: { da: 'Før vandringen', sv: 'Före besöket', en: 'Before the walk' },
      columns: 4,
      zones: [
        {
          id: 'where',
          title: { da: 'Hvor sker det?', sv: 'Var händer det?', en: 'Where does it happen?' },
          prompt: {
            da: 'Steder, møder og situationer, hvor temaet udspiller sig i hverdagen.',
            sv: 'Platser, möten och situationer där temat finns i vardagen.',
            en: 'Places, meetings and situations where the theme is part of everyday life.',
          },
          color: 'light_blue',
        },
        {
          id: 'whom',
          title: { da: 'Hvem møder vi?', sv: 'Vilka möter vi?', en: 'Whom will we meet?' },
          prompt: {
            da: 'Medarbejdere, borgere og samarbejdspartnere, som temaet berører. Skriv roller.',
            sv: 'Medarbetare, invånare och samarbetspartner som berörs av temat. Skriv roller.',
            en: 'Staff, citizens and partners the theme touches. Write roles.',
          },
          color: 'light_pink',
        },
        {
          id: 'wonder',
          title: { da: 'Hvad undrer vi os over?', sv: 'Vad undrar vi över?', en: 'What do we wonder about?' },
          prompt: {
            da: 'Spørgsmål, vi tager med ud. Hvad ville overraske os?',
            sv: 'Frågor vi tar med oss ut. Vad skulle överraska oss?',
            en: 'Questions we take with us. What would surprise us?',
          },
          color: 'violet',
        },
        {
          id: 'method',
          title: { da: 'Hvilke metoder?', sv: 'Vilka metoder?', en: 'Which methods?' },
          prompt: {
            da: 'Observationslog, korte samtaler, fotovandring eller følg med en dag? Hvem gør hvad?',
            sv: 'Observationslogg, korta samtal, fotopromenad eller följ med en dag? Vem gör vad?',
            en: 'Observation log, short talks, photo walk or follow a day? Who does what?',
          },
          color: 'gray',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'after',
      title: { da: 'Efter vandringen', sv: 'Efter besöket', en: 'After the walk' },
      columns: 3,
      zones: [
        {
          id: 'seen',
          title: { da: 'Det så vi', sv: 'Det här såg vi', en: 'What we saw' },
          prompt: {
            da: 'Iagttagelser, så konkrete som muligt.',
            sv: 'Iakttagelser, så konkreta som möjligt.',
            en: 'Observations, as concrete as possible.',
          },
          color: 'cyan',
        },
        {
          id: 'heard',
          title: { da: 'Det hørte vi', sv: 'Det här hörde vi', en: 'What we heard' },
          prompt: {
            da: 'Citater og fortællinger – uden navne.',
            sv: 'Citat och berättelser – utan namn.',
            en: 'Quotes and stories, without names.',
          },
          color: 'light_blue',
        },
        {
          id: 'photos',
          title: { da: 'Billeder', sv: 'Bilder', en: 'Photos' },
          prompt: {
            da: 'Sæt billedet her med én linje: hvorfor tog du det?',
            sv: 'Lägg bilden här med en rad: varför tog du den?',
            en: 'Put the photo here with one line: why did you take it?',
          },
          color: 'gray',
        },
        {
          id: 'surprised',
          title: { da: 'Det overraskede os', sv: 'Det här överraskade oss', en: 'What surprised us' },
          prompt: {
            da: 'Hvad passede ikke med det, vi forventede?',
            sv: 'Vad stämde inte med det vi hade väntat oss?',
            en: 'What did not fit what we expected?',
          },
          color: 'orange',
        },
        {
          id: 'possibilities',
          title: { da: 'Muligheder', sv: 'Möjligheter', en: 'Possibilities' },
          prompt: {
            da: 'Hvilke muligheder og hvilket potentiale ser vi nu i temaet?',
            sv: 'Vilka möjligheter och vilken potential ser vi nu i temat?',
            en: 'What openings and potential do we now see in the theme?',
          },
          color: 'pink',
        },
        {
          id: 'into-network',
          title: { da: 'Med ind i netværket', sv: 'Med in i nätverket', en: 'Into the network' },
          prompt: {
            da: 'Hvad skal over på temaskemaet? Hvem skal vi tale med nu?',
            sv: 'Vad ska in på temaunderlaget? Vem ska vi prata med nu?',
            en: 'What goes onto the theme canvas? Whom should we talk to next?',
          },
          color: 'light_green',
        },
      ],
    },
  ],
};
