import type { Template } from '../template-schema.ts';

/** Unfold the network theme: the twelve fields of content.md §1, derived from Albertslund's text. */
export const themeCanvas: Template = {
  schemaVersion: 1,
  id: 'theme-canvas',
  version: 1,
  title: { da: 'Temaskema', sv: 'Temaunderlag', en: 'Theme canvas' },
  summary: {
    da: 'Fold netværkstemaet ud: perspektiver, viden, muligheder og næste skridt samlet ét sted.',
    sv: 'Utforska och fördjupa nätverkstemat: perspektiv, kunskap, möjligheter och nästa steg samlade på ett ställe.',
    en: 'Unfold the network theme: perspectives, knowledge, opportunities and next steps in one place.',
  },
  about: {
    da: 'Efter Albertslund Kommunes netværksmodel og dens vejledning i at udfolde et netværkstema. Referencelederen er den chef, der forankrer netværket i linjeorganisationen; chefforum er ledergruppen, der vælger temaerne; co-driveren leder netværket sammen med netværkslederen.',
    sv: 'Efter Albertslunds kommuns nätverksmodell och dess vägledning för att utforska och fördjupa ett nätverkstema. Referensledaren är den chef som förankrar nätverket i linjen; chefsforum är ledningsgruppen som väljer teman; medledaren leder nätverket tillsammans med nätverksledaren.',
    en: "After Albertslund Kommune's network model and its guidance on unfolding a network theme. The reference leader is the manager who anchors the network in the line organisation; the management forum is the leadership group that picks themes; the co-driver leads the network alongside the network leader.",
  },
  instructions: [
    {
      da: 'Udfyld det, I ved; skriv "find ud af – hvem, hvornår" på resten.',
      sv: 'Fyll i det ni vet; skriv "ta reda på – vem, när" på resten.',
      en: "Fill what you know; mark the rest 'to find out – who, by when'.",
    },
    {
      da: 'Start med temaet, som det er beskrevet i dag: det er ét perspektiv, ikke hele billedet.',
      sv: 'Börja med temat som det beskrivs i dag: det är ett perspektiv, inte hela bilden.',
      en: 'Start from the theme as it is described today: it is one perspective, not the whole picture.',
    },
    {
      da: 'Skriv én tanke per seddel, og sæt den i det felt, den hører til.',
      sv: 'Skriv en tanke per lapp och sätt den i det fält där den hör hemma.',
      en: 'Write one thought per sticky note and put it in the field where it belongs.',
    },
    {
      da: 'Vend tilbage til skemaet, hver gang I ved mere; brug det i samtalen med referencelederen.',
      sv: 'Återvänd till underlaget varje gång ni vet mer; använd det i samtalet med referensledaren.',
      en: 'Come back to the canvas whenever you know more; use it in talks with the reference leader.',
    },
  ],
  timing: { minutes: 90 },
  sections: [
    {
      kind: 'zones',
      id: 'canvas',
      columns: 4,
      zones: [
        {
          id: 'theme',
          title: { da: 'Temaet i dag', sv: 'Temat i dag', en: 'The theme today' },
          prompt: {
            da: 'Titel og nuværende beskrivelse: udgangspunktet.',
            sv: 'Titel och nuvarande beskrivning: utgångspunkten.',
            en: "Title and today's description: the starting point.",
          },
          color: 'yellow',
          span: 2,
          seed: 'theme',
        },
        {
          id: 'origin',
          title: {
            da: 'Hvor kommer temaet fra?',
            sv: 'Var kommer temat ifrån?',
            en: 'Where did the theme come from?',
          },
          prompt: {
            da: 'Chefforum, referenceleder eller forslagsstiller?',
            sv: 'Chefsforum, referensledare eller förslagsställare?',
            en: 'Management forum, reference leader or proposer?',
          },
          color: 'light_yellow',
        },
        {
          id: 'challenge',
          title: {
            da: 'Udfordringen eller muligheden',
            sv: 'Utmaningen eller möjligheten',
            en: 'The challenge or opportunity',
          },
          prompt: { da: 'Sig det i én sætning.', sv: 'Säg det i en mening.', en: 'Say it in one sentence.' },
          color: 'orange',
        },
        {
          id: 'perspectives',
          title: { da: 'Perspektiver indtil nu', sv: 'Perspektiv hittills', en: 'Perspectives so far' },
          prompt: {
            da: 'Hvem, og hvad ser de?',
            sv: 'Vem, och vad ser de?',
            en: 'Who, and what do they see?',
          },
          color: 'light_blue',
        },
        {
          id: 'knowledge-outside',
          title: { da: 'Viden udefra', sv: 'Kunskap utifrån', en: 'Knowledge from outside' },
          prompt: {
            da: 'Vinkler fra forskningen; hvordan gør andre? Vinkler, ikke løsninger endnu.',
            sv: 'Vinklar från forskningen; hur gör andra? Vinklar, inte lösningar än.',
            en: 'Angles from research; how do others do it? Angles, not solutions yet.',
          },
          color: 'light_green',
        },
        {
          id: 'knowledge-inside',
          title: { da: 'Viden indefra', sv: 'Kunskap inifrån', en: 'Knowledge from inside' },
          prompt: {
            da: 'Egen dokumentation og evalueringer; kolleger om praksis i dag og temaets omfang.',
            sv: 'Egen dokumentation och utvärderingar; kollegor om dagens praktik och temats omfång.',
            en: "Own documentation and evaluations; colleagues on today's practice and the scope.",
          },
          color: 'green',
        },
        {
          id: 'field-walk',
          title: { da: 'Fra markvandringen', sv: 'Från fältbesöket', en: 'From the field walk' },
          prompt: {
            da: 'Observationer, billeder, noter.',
            sv: 'Observationer, bilder, anteckningar.',
            en: 'Observations, photos, notes.',
          },
          color: 'cyan',
        },
        {
          id: 'talk-to',
          title: { da: 'Hvem skal vi tale med?', sv: 'Vem ska vi prata med?', en: 'Who should we talk to?' },
          prompt: {
            da: 'Mulige deltagere og en co-driver.',
            sv: 'Möjliga deltagare och en medledare.',
            en: 'Possible participants and a co-driver.',
          },
          color: 'light_pink',
        },
        {
          id: 'opportunities',
          title: {
            da: 'Muligheder og potentiale',
            sv: 'Möjligheter och potential',
            en: 'Opportunities and potential',
          },
          prompt: {
            da: 'Hvad kan temaet blive til?',
            sv: 'Vad kan temat bli?',
            en: 'What could the theme become?',
          },
          color: 'pink',
        },
        {
          id: 'characteristics',
          title: { da: 'De syv karakteristika', sv: 'De sju kännetecknen', en: 'The seven characteristics' },
          prompt: {
            da: 'Hvilke er tydelige, og hvilke mangler? Brug gitteret med de syv karakteristika.',
            sv: 'Vilka är tydliga och vilka saknas? Använd rutnätet med de sju kännetecknen.',
            en: 'Which are clear, which are missing? Use the seven-characteristics grid.',
          },
          color: 'violet',
        },
        {
          id: 'network-type',
          title: { da: 'Netværkstype', sv: 'Nätverkstyp', en: 'Network type' },
          prompt: {
            da: 'Innovations-, velfærds- eller læringsnetværk? Brug beslutningstræet.',
            sv: 'Innovations-, välfärds- eller lärandenätverk? Använd beslutsträdet.',
            en: 'Innovation, welfare or learning network? Use the decision tree.',
          },
          color: 'light_blue',
        },
        {
          id: 'next',
          title: { da: 'Næste skridt', sv: 'Nästa steg', en: 'Next steps' },
          prompt: {
            da: 'Næste samtale med referencelederen; hvor er vi på vej hen?',
            sv: 'Nästa samtal med referensledaren; vart är vi på väg?',
            en: 'Next talk with the reference leader; where are we heading?',
          },
          color: 'gray',
          span: 2,
          minutes: 'next',
        },
      ],
    },
  ],
};
