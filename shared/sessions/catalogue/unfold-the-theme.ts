import type { Session } from '../session-schema.ts';
import { agreementsBlock, checkIn, roles } from './closing-blocks.ts';

/** Workshop 1 (content-review §3): a real 2-hour workshop that unfolds a theme, in five timed blocks. */
export const unfoldTheTheme: Session = {
  schemaVersion: 1,
  id: 'unfold-the-theme',
  version: 2,
  title: { da: 'Udfold temaet', sv: 'Utforska och fördjupa temat', en: 'Unfold the theme' },
  summary: {
    da: 'En workshop på to timer: temaet i dag, det ved vi nu, de syv kendetegn i grupper, netværkstypen og aftaler om næste skridt.',
    sv: 'En workshop på två timmar: temat i dag, det vet vi nu, de sju kännetecknen i grupper, nätverkstypen och överenskommelser om nästa steg.',
    en: 'A 2-hour workshop: the theme today, what we know now, the seven characteristics in groups, the network type and agreed next steps.',
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
      minMinutes: 5,
      notes: [
        {
          da: 'Sig, hvorfor vi er her: vi udfolder temaet sammen – vi løser det ikke endnu.',
          sv: 'Säg varför vi är här: vi utforskar temat tillsammans – vi löser det inte ännu.',
          en: 'Say why we are here: to unfold the theme together, not to solve it yet.',
        },
        checkIn({
          da: 'Hvor møder du temaet i din hverdag?',
          sv: 'Var möter du temat i din vardag?',
          en: 'Where do you meet the theme in your daily work?',
        }),
        roles,
      ],
      output: {
        da: 'Alle ved, hvorfor vi er her, og hvem der holder tid og skriver referat.',
        sv: 'Alla vet varför vi är här och vem som håller tiden och skriver.',
        en: 'Everyone knows why we are here, and who keeps time and takes notes.',
      },
      materials: [{ da: 'Navneskilte', sv: 'Namnskyltar', en: 'Name tags' }],
    },
    {
      kind: 'template',
      id: 'canvas-top-row',
      template: 'theme-canvas',
      sections: ['canvas'],
      zones: ['theme', 'origin', 'challenge'],
      title: { da: 'Temaet i dag', sv: 'Temat i dag', en: 'The theme today' },
      minutes: 15,
      minMinutes: 10,
      notes: [
        {
          da: 'Lederen fortæller kort om temaet, som det står i dag; gruppen tilføjer sedler.',
          sv: 'Ledaren berättar kort om temat som det ser ut i dag; gruppen lägger till lappar.',
          en: 'The leader briefly presents the theme as it stands today; the group adds notes.',
        },
      ],
      participantNotes: [
        {
          da: 'Skriv det, du ved, om temaet, hvor det kommer fra, og udfordringen. Skriv "find ud af – hvem, hvornår" på resten.',
          sv: 'Skriv det du vet om temat, var det kommer ifrån och utmaningen. Skriv "ta reda på – vem, när" på resten.',
          en: "Write what you know about the theme, where it comes from and the challenge. Mark the rest 'to find out – who, by when'.",
        },
      ],
      output: {
        da: 'Temaets titel, hvor det kommer fra, og udfordringen i én sætning; åbne spørgsmål med hvem og hvornår.',
        sv: 'Temats titel, var det kommer ifrån och utmaningen i en mening; öppna frågor med vem och när.',
        en: "The theme's title, where it comes from and the challenge in one sentence; open questions with who and when.",
      },
      materials: [{ da: 'Sedler og tuscher', sv: 'Lappar och pennor', en: 'Sticky notes and markers' }],
    },
    {
      kind: 'template',
      id: 'what-we-know',
      template: 'theme-canvas',
      sections: ['canvas'],
      zones: ['field-walk', 'knowledge-inside', 'knowledge-outside', 'perspectives', 'opportunities'],
      title: { da: 'Det ved vi nu', sv: 'Det vet vi nu', en: 'What we know now' },
      minutes: 15,
      minMinutes: 10,
      groups: { above: 8, min: 4, max: 6, mode: 'parts' },
      notes: [
        {
          da: 'Fundene fra markvandringen og videnskortlægningen hører til her. Giv hver gruppe et felt; mulighederne tager alle.',
          sv: 'Det ni hittat vid fältbesöken och i kunskapsinventeringen hör hemma här. Ge varje grupp ett fält; möjligheterna tar alla.',
          en: 'What the field walk and the knowledge scan found goes here. Give each group a field; everyone takes the opportunities.',
        },
      ],
      participantNotes: [
        {
          da: 'Skriv, hvad I fandt, og hvilke muligheder I ser. Sæt til sidst en prik ved de tre mest lovende muligheder.',
          sv: 'Skriv vad ni hittade och vilka möjligheter ni ser. Sätt till sist en prick vid de tre mest lovande möjligheterna.',
          en: 'Write what you found and which opportunities you see. Finally, put a dot by the three most promising opportunities.',
        },
      ],
      output: {
        da: 'Fundene i hvert felt og de tre muligheder med flest prikker.',
        sv: 'Det ni hittat i varje fält och de tre möjligheterna med flest prickar.',
        en: 'The findings in each field, and the three opportunities with most dots.',
      },
    },
    {
      kind: 'activity',
      id: 'break',
      activity: 'break',
      minutes: 10,
      minMinutes: 5,
      materials: [{ da: 'Kaffe og vand', sv: 'Kaffe och vatten', en: 'Coffee and water' }],
    },
    {
      kind: 'template',
      id: 'seven-characteristics',
      template: 'seven-characteristics',
      minutes: 35,
      minMinutes: 25,
      groups: { above: 8, min: 4, max: 6, mode: 'parts' },
      notes: [
        {
          da: 'Cirka 20 minutter i grupperne og 15 til at fremlægge. Fordel kendetegnene, så hver gruppe har ét eller to.',
          sv: 'Ungefär 20 minuter i grupperna och 15 för att redovisa. Fördela kännetecknen så att varje grupp har ett eller två.',
          en: 'About 20 minutes in the groups and 15 to report. Share out the characteristics so that each group has one or two.',
        },
        {
          da: 'Slut med prikafstemningen (5 min.): 3 prikker hver, 2 hver over 20 deltagere, i "Tydeligt"-felterne. Opsamlingen tæller dem.',
          sv: 'Avsluta med prickröstningen (5 min): 3 prickar var, 2 var över 20 deltagare, i "Tydligt"-rutorna. Sammanställningen räknar dem.',
          en: 'End with the dot vote (5 min): 3 dots each, 2 each above 20 participants, in the "Clear" cells. The harvest counts them.',
        },
      ],
      participantNotes: [
        {
          da: 'Passer kendetegnet på vores tema? Skriv ja, ikke endnu – og hvordan det kan blive tydeligere – eller nej.',
          sv: 'Stämmer kännetecknet in på vårt tema? Skriv ja, inte än – och hur det kan bli tydligare – eller nej.',
          en: 'Does the characteristic fit our theme? Write yes, not yet – and how it could become clearer – or no.',
        },
      ],
      output: {
        da: 'For hvert kendetegn: passer, ikke endnu (og hvordan), eller passer ikke.',
        sv: 'För varje kännetecken: stämmer, inte än (och hur), eller stämmer inte.',
        en: 'For each characteristic: fits, not yet (and how), or does not fit.',
      },
    },
    {
      kind: 'template',
      id: 'network-type',
      template: 'network-type',
      minutes: 15,
      minMinutes: 10,
      notes: [
        {
          da: 'Stil de tre spørgsmål i plenum. Er svarene uklare, så læg de to nærmeste typer side om side; beslutningsguiden (eller plakaten med beslutningstræet) er det grundigere tjek.',
          sv: 'Ställ de tre frågorna i helgrupp. Är svaren oklara, lägg de två närmaste typerna bredvid varandra; beslutsguiden (eller affischen med beslutsträdet) är den grundligare kontrollen.',
          en: 'Ask the three questions in plenary. If the answers are unclear, put the two closest types side by side; the decision guide (or the decision-tree poster) is the fuller check.',
        },
      ],
      participantNotes: [
        {
          da: 'Svar sammen på de tre spørgsmål, og stem så med en prik på den type, der passer bedst.',
          sv: 'Svara tillsammans på de tre frågorna och rösta sedan med en prick på den typ som passar bäst.',
          en: 'Answer the three questions together, then vote with a dot for the type that fits best.',
        },
      ],
      output: {
        da: 'Den valgte type, og det vi stadig er i tvivl om.',
        sv: 'Den valda typen och det vi fortfarande är osäkra på.',
        en: 'The chosen type, and what we are still unsure about.',
      },
    },
    {
      kind: 'template',
      id: 'next-steps',
      template: 'theme-canvas',
      sections: ['canvas'],
      zones: ['talk-to'],
      title: { da: 'Hvem skal vi tale med?', sv: 'Vilka ska vi prata med?', en: 'Who should we talk to?' },
      minutes: 10,
      minMinutes: 5,
      participantNotes: [
        {
          da: 'Skriv én eller to sedler hver: hvem synes du, vi skal tale med?',
          sv: 'Skriv en eller två lappar var: vem tycker du att vi ska prata med?',
          en: 'Write one or two notes each: who do you think we should talk to?',
        },
      ],
      output: {
        da: 'Personer og enheder, vi skal tale med.',
        sv: 'Personer och enheter vi ska prata med.',
        en: 'The people and units we should talk to.',
      },
    },
    agreementsBlock({
      minutes: 10,
      minMinutes: 5,
      stretch: true,
      title: {
        da: 'Aftaler og næste skridt',
        sv: 'Överenskommelser och nästa steg',
        en: 'Agreements and next steps',
      },
      notes: [
        {
          da: 'Aftal, hvem der kontakter hvem, og hvem der tager næste snak med referencelederen.',
          sv: 'Kom överens om vem som kontaktar vem och vem som tar nästa samtal med referensledaren.',
          en: 'Agree who contacts whom, and who holds the next talk with the reference leader.',
        },
      ],
      output: {
        da: 'Hvem gør hvad og hvornår, og datoen for næste møde.',
        sv: 'Vem gör vad och när, och datum för nästa träff.',
        en: 'Who does what by when, and the date of the next meeting.',
      },
    }),
  ],
};
