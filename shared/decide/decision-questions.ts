import type { Localized } from '../i18n/localized.ts';
import type { NetworkType } from './network-types.ts';

/** One answer: the points it gives each network type, and why, shown when it is chosen. */
export interface DecisionOption {
  id: string;
  text: Localized;
  /** Points per type; an empty record (the "unsure" answer) counts for no type. */
  weights: Partial<Record<NetworkType, number>>;
  why: Localized;
}

export interface DecisionQuestion {
  id: string;
  text: Localized;
  options: DecisionOption[];
}

const clear = 2;
// The time frame follows from the type more than it decides it, so it weighs half of a clear answer.
const hint = 1;

function unsure(why: Localized): DecisionOption {
  return {
    id: 'unsure',
    text: { da: 'Vi er ikke sikre', sv: 'Vi är inte säkra', en: 'We are not sure' },
    weights: {},
    why,
  };
}

/** The questions of the network-type decision, in the order they are asked (our derivation of content.md §3). */
export const decisionQuestions: readonly DecisionQuestion[] = [
  {
    id: 'starting-point',
    text: {
      da: 'Hvor tager temaet sit udgangspunkt?',
      sv: 'Var har temat sin utgångspunkt?',
      en: 'Where does the theme start?',
    },
    options: [
      {
        id: 'political-vision',
        text: {
          da: 'I en politisk vision eller strategi',
          sv: 'I en politisk vision eller strategi',
          en: 'In a political vision or strategy',
        },
        weights: { innovation: clear },
        why: {
          da: 'Temaet udspringer af en politisk vision eller strategi, og det er dér, innovationsnetværk begynder.',
          sv: 'Temat springer ur en politisk vision eller strategi, och det är där innovationsnätverk börjar.',
          en: 'The theme springs from a political vision or strategy, which is where innovation networks begin.',
        },
      },
      {
        id: 'existing-services',
        text: {
          da: 'I ydelser eller arbejdsgange, vi har i dag',
          sv: 'I tjänster eller arbetsflöden vi har i dag',
          en: 'In services or workflows we run today',
        },
        weights: { welfare: clear },
        why: {
          da: 'Temaet starter i ydelser og arbejdsgange, der allerede findes: velfærdsnetværkets hjemmebane.',
          sv: 'Temat börjar i tjänster och arbetsflöden som redan finns: välfärdsnätverkets hemmaplan.',
          en: 'The theme starts in services and workflows that already exist: the home ground of welfare networks.',
        },
      },
      {
        id: 'new-area',
        text: {
          da: 'I et område, vi vil have på dagsordenen, men ved for lidt om',
          sv: 'I ett område vi vill ha på agendan men vet för lite om',
          en: 'In an area we want on the agenda but know too little about',
        },
        weights: { learning: clear },
        why: {
          da: 'Temaet er et område, organisationen vil have på dagsordenen uden at vide nok om det endnu: det er den viden, et læringsnetværk opbygger.',
          sv: 'Temat är ett område som organisationen vill ha på agendan utan att veta tillräckligt om det än: det är den kunskapen ett lärandenätverk bygger upp.',
          en: 'The theme is an area the organisation wants on its agenda without knowing enough about it yet: a learning network builds that knowledge.',
        },
      },
      unsure({
        da: 'I var usikre på, hvor temaet starter, så det svar tæller ikke for nogen type.',
        sv: 'Ni var osäkra på var temat börjar, så det svaret räknas inte för någon typ.',
        en: 'You were unsure where the theme starts, so that answer counts for no type.',
      }),
    ],
  },
  {
    id: 'ambition',
    text: {
      da: 'Hvilken slags forandring går I efter?',
      sv: 'Vilken sorts förändring är ni ute efter?',
      en: 'What kind of change are you after?',
    },
    options: [
      {
        id: 'far-reaching',
        text: {
          da: 'Gennemgribende: at tænke helt nyt om, hvordan vi gør tingene',
          sv: 'Genomgripande: att tänka helt nytt kring hur vi gör saker',
          en: 'Far-reaching: rethinking how things are done',
        },
        weights: { innovation: clear },
        why: {
          da: 'I sigter mod gennemgribende forandring, der bryder med vante måder: det er innovationsnetværkets opgave.',
          sv: 'Ni siktar på genomgripande förändring som bryter med invanda sätt: det är innovationsnätverkets uppgift.',
          en: 'You aim at far-reaching change that breaks with habit: that is the task of an innovation network.',
        },
      },
      {
        id: 'improve-existing',
        text: {
          da: 'Forbedring: bedre løsninger, koordinering og brug af ressourcerne',
          sv: 'Förbättring: bättre lösningar, samordning och användning av resurserna',
          en: 'Improvement: better solutions, coordination and use of resources',
        },
        weights: { welfare: clear },
        why: {
          da: 'I vil forbedre de løsninger, der findes, og bruge koordinering og ressourcer bedre, sådan som velfærdsnetværk gør.',
          sv: 'Ni vill förbättra de lösningar som finns och använda samordning och resurser bättre, så som välfärdsnätverk gör.',
          en: 'You want to improve the solutions that exist and make better use of coordination and resources, as welfare networks do.',
        },
      },
      {
        id: 'understand-first',
        text: {
          da: 'Forståelse først: at lære, før vi ændrer noget',
          sv: 'Förståelse först: att lära innan vi ändrar något',
          en: 'Understanding first: learning before we change anything',
        },
        weights: { learning: clear },
        why: {
          da: 'I vil forstå området, før I ændrer noget; læringen kommer først, som i et læringsnetværk.',
          sv: 'Ni vill förstå området innan ni ändrar något; lärandet kommer först, som i ett lärandenätverk.',
          en: 'You want to understand the area before changing anything; learning comes first, as in a learning network.',
        },
      },
      unsure({
        da: 'I var usikre på, hvilken forandring I går efter, så det svar tæller ikke for nogen type.',
        sv: 'Ni var osäkra på vilken förändring ni är ute efter, så det svaret räknas inte för någon typ.',
        en: 'You were unsure what kind of change you are after, so that answer counts for no type.',
      }),
    ],
  },
  {
    id: 'main-gap',
    text: { da: 'Hvad mangler mest i dag?', sv: 'Vad saknas mest i dag?', en: 'What is missing most today?' },
    options: [
      {
        id: 'knowledge',
        text: {
          da: 'Viden: vi ved for lidt om området',
          sv: 'Kunskap: vi vet för lite om området',
          en: 'Knowledge: we know too little about the area',
        },
        weights: { learning: clear },
        why: {
          da: 'Det største hul er viden, og det er netop det, et læringsnetværk skal lukke.',
          sv: 'Den största luckan är kunskap, och det är just den ett lärandenätverk ska fylla.',
          en: 'The main gap is knowledge, which is exactly what a learning network is there to close.',
        },
      },
      {
        id: 'coordination',
        text: {
          da: 'Koordinering: mellem afdelinger og med borgerne',
          sv: 'Samordning: mellan förvaltningar och med invånarna',
          en: 'Coordination: between departments and with citizens',
        },
        weights: { welfare: clear },
        why: {
          da: 'Det største hul er koordineringen mellem afdelinger og med borgerne: kernen i et velfærdsnetværk.',
          sv: 'Den största luckan är samordningen mellan förvaltningar och med invånarna: kärnan i ett välfärdsnätverk.',
          en: 'The main gap is coordination between departments and with citizens: the core of a welfare network.',
        },
      },
      {
        id: 'future-solutions',
        text: {
          da: 'Løsninger: det, vi har brug for, findes ikke endnu',
          sv: 'Lösningar: det vi behöver finns inte än',
          en: 'Solutions: what we need does not exist yet',
        },
        weights: { innovation: clear },
        why: {
          da: 'Det, I har brug for, findes ikke endnu; at skabe fremtidens løsninger er innovationsnetværkets opgave.',
          sv: 'Det ni behöver finns inte än; att skapa framtidens lösningar är innovationsnätverkets uppgift.',
          en: 'What you need does not exist yet; creating the solutions of the future is the task of an innovation network.',
        },
      },
      unsure({
        da: 'I var usikre på, hvad der mangler mest, så det svar tæller ikke for nogen type.',
        sv: 'Ni var osäkra på vad som saknas mest, så det svaret räknas inte för någon typ.',
        en: 'You were unsure what is missing most, so that answer counts for no type.',
      }),
    ],
  },
  {
    id: 'outcome',
    text: {
      da: 'Hvad skal netværket efterlade?',
      sv: 'Vad ska nätverket lämna efter sig?',
      en: 'What should the network leave behind?',
    },
    options: [
      {
        id: 'knowledge-in-units',
        text: {
          da: 'Viden, som hver deltager sætter i spil i sin egen enhed',
          sv: 'Kunskap som varje deltagare omsätter i sin egen enhet',
          en: 'Knowledge each participant puts to work in their own unit',
        },
        weights: { learning: clear },
        why: {
          da: 'Resultatet er viden, der bringes med hjem til hver enhed, og netop det forpligter deltagerne i et læringsnetværk sig til.',
          sv: 'Resultatet är kunskap som tas med hem till varje enhet, och det är just det deltagarna i ett lärandenätverk förbinder sig till.',
          en: 'The result is knowledge carried back into each unit, which participants in a learning network commit to.',
        },
      },
      {
        id: 'better-services',
        text: {
          da: 'Bedre borgernære ydelser og nye samarbejder med borgerne',
          sv: 'Bättre tjänster nära invånarna och nya samarbeten med dem',
          en: 'Better citizen-near services and new collaboration with citizens',
        },
        weights: { welfare: clear },
        why: {
          da: 'Resultatet er bedre borgernære ydelser og nye samarbejder med borgerne, som velfærdsnetværk skaber.',
          sv: 'Resultatet är bättre tjänster nära invånarna och nya samarbeten med dem, något som välfärdsnätverk skapar.',
          en: 'The result is better citizen-near services and new collaboration with citizens, which welfare networks deliver.',
        },
      },
      {
        id: 'new-direction',
        text: {
          da: 'Nye løsninger, der ændrer, hvordan organisationen arbejder',
          sv: 'Nya lösningar som ändrar hur organisationen arbetar',
          en: 'New solutions that change how the organisation works',
        },
        weights: { innovation: clear },
        why: {
          da: 'Resultatet er nye løsninger, der ændrer hele organisationens måde at arbejde på: innovationsnetværkets ambition.',
          sv: 'Resultatet är nya lösningar som ändrar hela organisationens sätt att arbeta: innovationsnätverkets ambition.',
          en: 'The result is new solutions that change how the whole organisation works: the ambition of an innovation network.',
        },
      },
      unsure({
        da: 'I var usikre på, hvad netværket skal efterlade, så det svar tæller ikke for nogen type.',
        sv: 'Ni var osäkra på vad nätverket ska lämna efter sig, så det svaret räknas inte för någon typ.',
        en: 'You were unsure what the network should leave behind, so that answer counts for no type.',
      }),
    ],
  },
  {
    id: 'time-frame',
    text: {
      da: 'Hvor lang tid kræver temaet?',
      sv: 'Hur lång tid behöver temat?',
      en: 'How much time does the theme need?',
    },
    options: [
      {
        id: 'open-ended',
        text: {
          da: 'Ingen fast slutdato; vi vurderer løbende',
          sv: 'Inget fast slutdatum; vi följer upp löpande',
          en: 'No fixed end; we review as we go',
        },
        weights: { innovation: hint },
        why: {
          da: 'En åben tidsramme, som chefforum vurderer løbende, passer til et innovationsnetværk.',
          sv: 'En öppen tidsram som chefsforum följer upp löpande passar ett innovationsnätverk.',
          en: 'An open time frame, reviewed continuously by the management forum, fits an innovation network.',
        },
      },
      {
        id: 'half-year',
        text: {
          da: 'Omkring et halvt år og så en afprøvning',
          sv: 'Ungefär ett halvår och sedan en testfas',
          en: 'About half a year, then a test phase',
        },
        weights: { welfare: hint },
        why: {
          da: 'Omkring et halvt år efterfulgt af en afprøvningsfase er velfærdsnetværkets rytme.',
          sv: 'Ungefär ett halvår följt av en testfas är välfärdsnätverkets rytm.',
          en: 'About half a year followed by a test phase is the rhythm of a welfare network.',
        },
      },
      {
        id: 'few-months',
        text: {
          da: 'Nogle måneder (fire til fem)',
          sv: 'Några månader (fyra till fem)',
          en: 'A few months (four to five)',
        },
        weights: { learning: hint },
        why: {
          da: 'Fire til fem måneder er den sædvanlige længde for et læringsnetværk.',
          sv: 'Fyra till fem månader är den vanliga längden för ett lärandenätverk.',
          en: 'Four to five months is the usual length of a learning network.',
        },
      },
      unsure({
        da: 'I var usikre på tidsrammen, så det svar tæller ikke for nogen type.',
        sv: 'Ni var osäkra på tidsramen, så det svaret räknas inte för någon typ.',
        en: 'You were unsure about the time frame, so that answer counts for no type.',
      }),
    ],
  },
];
