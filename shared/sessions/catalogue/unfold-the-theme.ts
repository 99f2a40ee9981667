import type { Session } from '../session-schema.ts';

/** Workshop 1 (content-review §3): a real 2-hour workshop that unfolds a theme, in five timed blocks. */
export const unfoldTheTheme: Session = {
  schemaVersion: 1,
  id: 'unfold-the-theme',
  version: 1,
  title: { da: 'Udfold temaet', sv: 'Utforska och fördjupa temat', en: 'Unfold the theme' },
  summary: {
    da: 'En workshop på to timer: temaskemaets øverste række, de syv kendetegn i grupper, netværkstypen og næste skridt.',
    sv: 'En workshop på två timmar: temaunderlagets översta rad, de sju kännetecknen i grupper, nätverkstypen och nästa steg.',
    en: 'A 2-hour workshop: the top row of the theme canvas, the seven characteristics in groups, the network type and next steps.',
  },
  about: {
    da: 'Efter Albertslund Kommunes netværksmodel og dens vejledning i at udfolde et netværkstema; tidsplanen er vores egen.',
    sv: 'Efter Albertslunds kommuns nätverksmodell och dess vägledning för att utforska ett nätverkstema; tidsplanen är vår egen.',
    en: "After Albertslund Kommune's network model and its guidance on unfolding a network theme; the timings are our own.",
  },
  minutes: 120,
  participants: { min: 3, max: 30 },
  beforehand: [
    {
      da: 'Lav gerne markvandring og videnskortlægning før workshoppen, og tag fundene med.',
      sv: 'Gör gärna fältbesök och kunskapsinventering före workshopen och ta med det ni hittat.',
      en: 'Do the field walk and the knowledge scan before the workshop if you can, and bring what you found.',
    },
  ],
  blocks: [
    {
      kind: 'activity',
      id: 'welcome',
      activity: 'welcome',
      minutes: 10,
      notes: [
        {
          da: 'Sig, hvorfor vi er her: vi udfolder temaet sammen – vi løser det ikke endnu.',
          sv: 'Säg varför vi är här: vi utforskar temat tillsammans – vi löser det inte ännu.',
          en: 'Say why we are here: to unfold the theme together, not to solve it yet.',
        },
      ],
    },
    {
      kind: 'template',
      id: 'canvas-top-row',
      template: 'theme-canvas',
      sections: ['canvas'],
      zones: ['theme', 'origin', 'challenge'],
      title: {
        da: 'Temaskemaet: den øverste række',
        sv: 'Temaunderlaget: den översta raden',
        en: 'The theme canvas: top row',
      },
      minutes: 30,
      minMinutes: 20,
      notes: [
        {
          da: 'Udfyld det, I ved; skriv "find ud af – hvem, hvornår" på resten.',
          sv: 'Fyll i det ni vet; skriv "ta reda på – vem, när" på resten.',
          en: "Fill what you know; mark the rest 'to find out – who, by when'.",
        },
      ],
      materials: [{ da: 'Sedler og tuscher', sv: 'Lappar och pennor', en: 'Sticky notes and markers' }],
    },
    {
      kind: 'template',
      id: 'seven-characteristics',
      template: 'seven-characteristics',
      minutes: 40,
      minMinutes: 30,
      groups: { above: 8, min: 4, max: 6 },
      notes: [
        {
          da: 'Giv hver gruppe to eller tre kendetegn; alle deler til sidst.',
          sv: 'Ge varje grupp två eller tre kännetecken; alla delar i slutet.',
          en: 'Give each group two or three characteristics; everyone shares at the end.',
        },
        {
          da: '"Ikke endnu" er et svar: skriv, hvordan det kan blive tydeligere.',
          sv: '"Inte än" är ett svar: skriv hur det kan bli tydligare.',
          en: "'Not yet' is an answer: write how it could become clearer.",
        },
        {
          da: 'Slut med prikafstemningen (5 min.): 3 prikker hver, 2 hver over 20 deltagere, i "Tydeligt"-felterne. Opsamlingen tæller dem.',
          sv: 'Avsluta med prickröstningen (5 min): 3 prickar var, 2 var över 20 deltagare, i "Tydligt"-rutorna. Sammanställningen räknar dem.',
          en: 'End with the dot vote (5 min): 3 dots each, 2 each above 20 participants, in the "Clear" cells. The harvest counts them.',
        },
      ],
    },
    {
      kind: 'template',
      id: 'network-type',
      template: 'network-type',
      minutes: 25,
      minMinutes: 20,
      notes: [
        {
          da: 'Er svarene uklare, så læg de to nærmeste typer side om side; panelets beslutningsguide er det grundigere tjek.',
          sv: 'Är svaren oklara, lägg de två närmaste typerna bredvid varandra; panelens beslutsguide är den grundligare kontrollen.',
          en: "If the answers are unclear, put the two closest types side by side; the panel's decision wizard is the fuller check.",
        },
      ],
    },
    {
      kind: 'template',
      id: 'next-steps',
      template: 'theme-canvas',
      sections: ['canvas'],
      zones: ['talk-to', 'next'],
      title: {
        da: 'Næste skridt, og hvem vi skal tale med',
        sv: 'Nästa steg och vilka vi ska prata med',
        en: 'Next steps and who to talk to',
      },
      minutes: 15,
      minMinutes: 10,
      stretch: true,
      notes: [
        {
          da: 'Spørg alle: "Hvem synes du, vi skal tale med?" Aftal, hvem der tager næste snak med referencelederen.',
          sv: 'Fråga alla: "Vem tycker du att vi ska prata med?" Bestäm vem som tar nästa samtal med referensledaren.',
          en: 'Ask everyone: "Who do you think we should talk to?" Agree who holds the next talk with the reference leader.',
        },
      ],
    },
  ],
};
