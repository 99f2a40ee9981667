import type { Template } from '../template-schema.ts';

/** Scan of existing knowledge (content.md §4): outside, inside, and what is still unknown. */
export const knowledgeScan: Template = {
  schemaVersion: 1,
  id: 'knowledge-scan',
  version: 1,
  title: {
    da: 'Afsøg den viden, der findes',
    sv: 'Kartlägg den kunskap som finns',
    en: 'Scan of existing knowledge',
  },
  summary: {
    da: 'Find ud af, hvad der allerede vides om temaet, i og uden for organisationen, før I leder efter løsninger.',
    sv: 'Ta reda på vad som redan är känt om temat, utanför och inom organisationen, innan ni letar efter lösningar.',
    en: 'Find out what is already known about the theme, outside and inside the organisation, before looking for solutions.',
  },
  about: {
    da: 'Efter Albertslund Kommunes vejledning i at udfolde et netværkstema.',
    sv: 'Efter Albertslunds kommuns vägledning för att utforska och fördjupa ett nätverkstema.',
    en: "After Albertslund Kommune's guidance on unfolding a network theme.",
  },
  instructions: [
    {
      da: 'Start enkelt: en almindelig søgning på nettet er ofte nok til at komme i gang.',
      sv: 'Börja enkelt: en vanlig sökning på nätet räcker ofta för att komma i gång.',
      en: 'Start simple: a plain web search is often enough to get going.',
    },
    {
      da: 'Led efter vinkler, ikke løsninger: i denne fase vil vi se temaet fra flere sider.',
      sv: 'Leta efter vinklar, inte lösningar: i den här fasen vill vi se temat från fler håll.',
      en: 'Look for angles, not solutions: at this stage we want to see the theme from more sides.',
    },
    {
      da: 'Tal med en kollega, der arbejder på området i dag – vedkommende kender praksis og temaets omfang.',
      sv: 'Prata med en kollega som arbetar inom området i dag och känner till dagens praktik och temats omfång.',
      en: 'Talk to a colleague who works in the field today and knows the current practice and the scope.',
    },
  ],
  timing: { minutes: 60 },
  sections: [
    {
      kind: 'notes',
      id: 'tips',
      title: { da: 'Gode råd', sv: 'Goda råd', en: 'Tips' },
      items: [
        {
          da: 'En time eller to med søgning er en god start – ikke et litteraturstudie.',
          sv: 'En timme eller två med sökningar är en bra start – ingen litteraturgenomgång.',
          en: 'An hour or two of searching is a good start, not a literature review.',
        },
        {
          da: 'Skriv kilden på hver seddel: et link, en rapporttitel eller kollegaens rolle.',
          sv: 'Skriv källan på varje lapp: en länk, en rapporttitel eller kollegans roll.',
          en: "Write the source on each note: a link, a report title or the colleague's role.",
        },
        {
          da: 'Dukker der løsninger op, så parkér dem under "Parkerede løsninger", og søg videre.',
          sv: 'Dyker det upp lösningar, parkera dem under "Parkerade lösningar" och sök vidare.',
          en: 'If solutions turn up, park them under "Parked solutions" and keep looking.',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'outside',
      title: { da: 'Viden udefra', sv: 'Kunskap utifrån', en: 'Knowledge from outside' },
      columns: 3,
      zones: [
        {
          id: 'search',
          title: { da: 'Hvad ved man allerede?', sv: 'Vad vet man redan?', en: 'What is already known?' },
          prompt: {
            da: 'En enkel søgning: hvad dukker op? Hvilke ord bruger andre om temaet?',
            sv: 'En enkel sökning: vad dyker upp? Vilka ord använder andra om temat?',
            en: 'A simple search: what comes up? Which words do others use for the theme?',
          },
          color: 'light_green',
        },
        {
          id: 'research',
          title: {
            da: 'Vinkler fra forskningen',
            sv: 'Vinklar från forskningen',
            en: 'Angles from research',
          },
          prompt: {
            da: 'Hvilke vinkler giver forskningen på temaet? Vinkler, ikke løsninger endnu.',
            sv: 'Vilka vinklar ger forskningen på temat? Vinklar, inte lösningar än.',
            en: 'What angles does research offer on the theme? Angles, not solutions yet.',
          },
          color: 'green',
        },
        {
          id: 'others',
          title: { da: 'Hvordan gør andre?', sv: 'Hur gör andra?', en: 'How do others do it?' },
          prompt: {
            da: 'Andre kommuner, regioner, sektorer eller lande: hvad har de prøvet?',
            sv: 'Andra kommuner, regioner, sektorer eller länder: vad har de prövat?',
            en: 'Other municipalities, regions, sectors or countries: what have they tried?',
          },
          color: 'dark_green',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'inside',
      title: { da: 'Viden indefra', sv: 'Kunskap inifrån', en: 'Knowledge from inside' },
      columns: 3,
      zones: [
        {
          id: 'documentation',
          title: {
            da: 'Vores egen dokumentation',
            sv: 'Vår egen dokumentation',
            en: 'Our own documentation',
          },
          prompt: {
            da: 'Rapporter, tal, strategier og tidligere projekter: hvad siger de om temaet?',
            sv: 'Rapporter, statistik, strategier och tidigare projekt: vad säger de om temat?',
            en: 'Reports, figures, strategies and earlier projects: what do they say about the theme?',
          },
          color: 'light_blue',
        },
        {
          id: 'evaluations',
          title: { da: 'Evalueringer', sv: 'Utvärderingar', en: 'Evaluations' },
          prompt: {
            da: 'Hvad har tidligere evalueringer vist? Hvad virkede, og hvad gjorde ikke?',
            sv: 'Vad har tidigare utvärderingar visat? Vad fungerade och vad gjorde det inte?',
            en: 'What have earlier evaluations shown? What worked, and what did not?',
          },
          color: 'blue',
        },
        {
          id: 'practice',
          title: { da: 'Praksis i dag', sv: 'Dagens praktik', en: "Today's practice" },
          prompt: {
            da: 'Spørg en kollega på området: hvordan gør vi i dag, og hvor stort er temaet?',
            sv: 'Fråga en kollega inom området: hur gör vi i dag, och hur stort är temat?',
            en: 'Ask a colleague in the field: how do we do it today, and how big is the theme?',
          },
          color: 'dark_blue',
        },
      ],
    },
    {
      kind: 'zones',
      id: 'sum-up',
      title: { da: 'Det tager vi med', sv: 'Det här tar vi med oss', en: 'What we take with us' },
      columns: 3,
      zones: [
        {
          id: 'gaps',
          title: { da: 'Det ved vi ikke endnu', sv: 'Det vet vi inte än', en: 'What we do not know yet' },
          prompt: {
            da: 'Huller, som netværket, markvandringen eller nye samtaler kan fylde ud.',
            sv: 'Luckor som nätverket, fältbesöket eller nya samtal kan fylla.',
            en: 'Gaps that the network, the field walk or new talks can fill.',
          },
          color: 'orange',
        },
        {
          id: 'angles',
          title: { da: 'Vinkler at forfølge', sv: 'Vinklar att följa upp', en: 'Angles worth pursuing' },
          prompt: {
            da: 'Hvilke vinkler åbner temaet mest? Tag dem med over på temaskemaet.',
            sv: 'Vilka vinklar öppnar temat mest? Ta med dem till temaunderlaget.',
            en: 'Which angles open up the theme most? Take them to the theme canvas.',
          },
          color: 'yellow',
        },
        {
          id: 'parked-solutions',
          title: { da: 'Parkerede løsninger', sv: 'Parkerade lösningar', en: 'Parked solutions' },
          prompt: {
            da: 'Løsninger, der dukkede op: de venter, til temaet er udfoldet.',
            sv: 'Lösningar som dök upp: de får vänta tills temat är utforskat.',
            en: 'Solutions that turned up: they wait until the theme is unfolded.',
          },
          color: 'gray',
        },
      ],
    },
  ],
};
