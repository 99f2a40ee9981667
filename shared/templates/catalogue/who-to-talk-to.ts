import type { Template } from '../template-schema.ts';

/** "Who do you think I should talk to?" (content.md §4): a snowball map of roles, leading to participants. */
export const whoToTalkTo: Template = {
  schemaVersion: 1,
  id: 'who-to-talk-to',
  version: 1,
  title: {
    da: 'Hvem synes du, jeg skal tale med?',
    sv: 'Vem tycker du att jag ska prata med?',
    en: 'Who do you think I should talk to?',
  },
  summary: {
    da: 'Et sneboldkort: spørg alle, du møder, hvem du ellers bør kontakte – og find deltagere og måske din co-driver.',
    sv: 'En snöbollskarta: fråga alla du möter vem mer du borde kontakta – och hitta deltagare och kanske din medledare.',
    en: 'A snowball map: ask everyone you meet whom else to contact, and find participants and perhaps your co-driver.',
  },
  about: {
    da: 'Efter Albertslund Kommunes vejledning i at udfolde et netværkstema. Referencelederen er den chef, der forankrer netværket i linjeorganisationen; co-driveren leder netværket sammen med netværkslederen.',
    sv: 'Efter Albertslunds kommuns vägledning för att utforska och fördjupa ett nätverkstema. Referensledaren är den chef som förankrar nätverket i linjen; medledaren leder nätverket tillsammans med nätverksledaren.',
    en: "After Albertslund Kommune's guidance on unfolding a network theme. The reference leader is the manager who anchors the network in the line organisation; the co-driver leads the network alongside the network leader.",
  },
  instructions: [
    {
      da: 'Slut hver samtale af med samme spørgsmål: hvem synes du, jeg skal tale med?',
      sv: 'Avsluta varje samtal med samma fråga: vem tycker du att jag ska prata med?',
      en: 'End every talk with the same question: who do you think I should talk to?',
    },
    {
      da: 'Sæt hvert nyt forslag en ring længere ude, og skriv, hvem der pegede på det.',
      sv: 'Sätt varje nytt förslag en ring längre ut och skriv vem som tipsade om det.',
      en: 'Put each new lead one ring further out, and note who pointed you there.',
    },
    {
      da: 'Læg mærke til dem, der brænder for temaet: de kan blive deltagere eller din co-driver.',
      sv: 'Lägg märke till dem som brinner för temat: de kan bli deltagare eller din medledare.',
      en: 'Notice who lights up about the theme: they may become participants, or your co-driver.',
    },
    {
      da: 'Andre veje til deltagere: en relationsrunde i organisationen, en bred invitationsworkshop og en plan for borgernes rolle.',
      sv: 'Fler vägar till deltagare: en relationsrunda i organisationen, en bred inbjudningsworkshop och en plan för invånarnas roll.',
      en: "More ways to find participants: a relation tour of the organisation, a broad invitation workshop, and a plan for citizens' role.",
    },
  ],
  timing: { minutes: 45 },
  sections: [
    {
      kind: 'notes',
      id: 'questions',
      title: { da: 'Spørgsmål at stille', sv: 'Frågor att ställa', en: 'Questions to ask' },
      items: [
        {
          da: '"Hvem synes du, jeg skal tale med om det her?"',
          sv: '"Vem tycker du att jag ska prata med om det här?"',
          en: '"Who do you think I should talk to about this?"',
        },
        {
          da: '"Hvem ser det helt anderledes end dig?"',
          sv: '"Vem ser helt annorlunda på det än du?"',
          en: '"Who sees it quite differently from you?"',
        },
        {
          da: '"Hvem uden for organisationen ved noget om det?"',
          sv: '"Vem utanför organisationen vet något om det?"',
          en: '"Who outside the organisation knows about this?"',
        },
        {
          da: 'Hold navne og kontaktoplysninger i dine egne noter; skriv roller på tavlen.',
          sv: 'Ha namn och kontaktuppgifter i dina egna anteckningar; skriv roller på tavlan.',
          en: 'Keep names and contact details in your own notes; write roles on the board.',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'snowball',
      title: { da: 'Sneboldkortet', sv: 'Snöbollskartan', en: 'The snowball map' },
      columns: 4,
      zones: [
        {
          id: 'start',
          title: { da: 'Her starter vi', sv: 'Här börjar vi', en: 'Where we start' },
          prompt: {
            da: 'Dem, vi allerede kender: referenceleder, forslagsstiller, kolleger på området.',
            sv: 'De vi redan känner: referensledare, förslagsställare, kollegor inom området.',
            en: 'People we already know: reference leader, proposer, colleagues in the field.',
          },
          color: 'yellow',
        },
        {
          id: 'first-ring',
          title: { da: 'Første ring', sv: 'Första ringen', en: 'First ring' },
          prompt: {
            da: 'Hvem pegede de på? Én rolle per seddel, og hvem der foreslog den.',
            sv: 'Vilka tipsade de om? En roll per lapp, och vem som föreslog den.',
            en: 'Whom did they point to? One role per note, and who suggested it.',
          },
          color: 'light_yellow',
        },
        {
          id: 'second-ring',
          title: { da: 'Anden ring', sv: 'Andra ringen', en: 'Second ring' },
          prompt: {
            da: 'Hvem pegede de så på? Sæt en prik, hver gang et forslag går igen.',
            sv: 'Vilka tipsade de i sin tur om? Sätt en prick varje gång ett förslag återkommer.',
            en: 'Whom did those point to? Add a dot each time a lead comes up again.',
          },
          color: 'orange',
        },
        {
          id: 'outside',
          title: { da: 'Uden for huset', sv: 'Utanför huset', en: 'Beyond the organisation' },
          prompt: {
            da: 'Borgere, vidensinstitutioner, virksomheder, foreninger: hvem ser temaet udefra?',
            sv: 'Invånare, lärosäten, företag, föreningar: vem ser temat utifrån?',
            en: 'Citizens, knowledge institutions, businesses, associations: who sees the theme from outside?',
          },
          color: 'light_blue',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'harvest',
      title: { da: 'Det fortæller kortet os', sv: 'Det här säger kartan oss', en: 'What the map tells us' },
      columns: 3,
      zones: [
        {
          id: 'participants',
          title: { da: 'Mulige deltagere', sv: 'Möjliga deltagare', en: 'Possible participants' },
          prompt: {
            da: 'Hvem kunne være med – hele vejen eller i én fase?',
            sv: 'Vem skulle kunna vara med – hela vägen eller under en fas?',
            en: 'Who could take part: all the way, or for one phase?',
          },
          color: 'light_green',
        },
        {
          id: 'co-driver',
          title: { da: 'En mulig co-driver', sv: 'En möjlig medledare', en: 'A possible co-driver' },
          prompt: {
            da: 'Hvem deler din drivkraft og kunne lede sammen med dig?',
            sv: 'Vem delar ditt driv och skulle kunna leda tillsammans med dig?',
            en: 'Who shares your drive and could lead alongside you?',
          },
          color: 'pink',
        },
        {
          id: 'missing',
          title: { da: 'Hvem mangler?', sv: 'Vem saknas?', en: 'Who is missing?' },
          prompt: {
            da: 'Hvis stemme er ikke med på kortet endnu? Hvilken enhed, hvilke borgere?',
            sv: 'Vems röst finns ännu inte på kartan? Vilken enhet, vilka invånare?',
            en: 'Whose voice is not on the map yet? Which unit, which citizens?',
          },
          color: 'violet',
        },
      ],
    },
  ],
};
