import type { Locale } from '../../../shared/index.ts';

type Notes = Readonly<Record<Locale, readonly string[]>>;

/**
 * Notes a network of municipal and agency staff might write, by zone id (matrix cells by their column),
 * so the preview's boards can be tried with realistic content. Made up; no names of real people.
 */
const byZone: Readonly<Record<string, Notes>> = {
  theme: {
    en: ['Loneliness among older citizens'],
    da: ['Ensomhed blandt ældre borgere'],
    sv: ['Ensamhet bland äldre invånare'],
  },
  origin: {
    en: ['The home-care staff raised it at the last network meeting'],
    da: ['Hjemmeplejen tog det op på sidste netværksmøde'],
    sv: ['Hemtjänsten tog upp det på förra nätverksträffen'],
  },
  challenge: {
    en: ['Nobody owns it: it falls between health, culture and housing'],
    da: ['Ingen ejer det: det falder mellem sundhed, kultur og bolig'],
    sv: ['Ingen äger frågan: den hamnar mellan vård, kultur och boende'],
  },
  perspectives: {
    en: ['Libraries see the same people every week', 'Volunteers want clearer roles'],
    da: ['Bibliotekerne ser de samme mennesker hver uge', 'De frivillige ønsker klarere roller'],
    sv: ['Biblioteken ser samma personer varje vecka', 'De frivilliga vill ha tydligare roller'],
  },
  'knowledge-outside': {
    en: ['A neighbouring municipality tried visiting friends'],
    da: ['En nabokommune har prøvet besøgsvenner'],
    sv: ['En grannkommun har provat besöksvänner'],
  },
  'knowledge-inside': {
    en: ['Our citizen survey from last year'],
    da: ['Vores borgerundersøgelse fra sidste år'],
    sv: ['Vår medborgarenkät från i fjol'],
  },
  'field-walk': {
    en: ['Visit the activity centre on a Tuesday morning'],
    da: ['Besøg aktivitetscentret en tirsdag formiddag'],
    sv: ['Besök träffpunkten en tisdag förmiddag'],
  },
  'talk-to': {
    en: ['The pensioners’ association', 'Housing social workers'],
    da: ['Ældresagen lokalt', 'Boligsociale medarbejdere'],
    sv: ['Den lokala pensionärsföreningen', 'Boendestödet'],
  },
  opportunities: {
    en: ['Shared meeting places in the new library'],
    da: ['Fælles mødesteder i det nye bibliotek'],
    sv: ['Gemensamma mötesplatser i det nya biblioteket'],
  },
  next: {
    en: ['Book a field walk before the next meeting'],
    da: ['Aftal en markvandring før næste møde'],
    sv: ['Boka ett fältbesök före nästa möte'],
  },
  'our-choice': {
    en: ['A learning network for the first year'],
    da: ['Et læringsnetværk det første år'],
    sv: ['Ett lärandenätverk det första året'],
  },
  'our-doubts': {
    en: ['Will managers give people the time?'],
    da: ['Giver lederne folk tid til det?'],
    sv: ['Ger cheferna medarbetarna tid till det?'],
  },
  'my-needs': {
    en: ['Examples of how others measure the effect'],
    da: ['Eksempler på, hvordan andre måler effekten'],
    sv: ['Exempel på hur andra mäter effekten'],
  },
  'matters-to-raise': {
    en: ['The new rules for home visits'],
    da: ['De nye regler for hjemmebesøg'],
    sv: ['De nya reglerna för hembesök'],
  },
  'next-time': {
    en: ['Next meeting in the library, 14 March'],
    da: ['Næste møde på biblioteket den 14. marts'],
    sv: ['Nästa träff på biblioteket den 14 mars'],
  },
  'guest-ideas': {
    en: ['Someone from the regional health authority'],
    da: ['En fra regionens sundhedsområde'],
    sv: ['Någon från regionens hälso- och sjukvård'],
  },
  clear: {
    en: ['Yes: we share the same target group'],
    da: ['Ja: vi har samme målgruppe'],
    sv: ['Ja: vi har samma målgrupp'],
  },
  'not-yet': {
    en: ['Write down what each unit gets out of it'],
    da: ['Skriv ned, hvad hver enhed får ud af det'],
    sv: ['Skriv ner vad varje enhet får ut av det'],
  },
  strength: {
    en: ['I invite the quiet voices in'],
    da: ['Jeg inviterer de stille stemmer ind'],
    sv: ['Jag bjuder in de tysta rösterna'],
  },
  grow: {
    en: ['Close each meeting with a clear decision'],
    da: ['Afslutte hvert møde med en klar beslutning'],
    sv: ['Avsluta varje möte med ett tydligt beslut'],
  },
  'in-place': {
    en: ['We meet every six weeks with a shared agenda'],
    da: ['Vi mødes hver sjette uge med en fælles dagsorden'],
    sv: ['Vi träffas var sjätte vecka med en gemensam dagordning'],
  },
  missing: {
    en: ['Agree who coordinates after the summer'],
    da: ['Aftal, hvem der koordinerer efter sommerferien'],
    sv: ['Kom överens om vem som samordnar efter sommaren'],
  },
};

/** For zones without notes of their own (other templates, organisations' packs). */
const general: Notes = {
  en: [
    'Invite the youth council',
    'Map who already works on this',
    'Share minutes within a week',
    'Ask the citizens first',
    'Start small: one district',
    'Two hours a month per member',
  ],
  da: [
    'Inviter ungdomsrådet',
    'Kortlæg, hvem der allerede arbejder med det',
    'Del referatet inden for en uge',
    'Spørg borgerne først',
    'Start i det små: ét lokalområde',
    'To timer om måneden per medlem',
  ],
  sv: [
    'Bjud in ungdomsrådet',
    'Kartlägg vilka som redan arbetar med det',
    'Dela minnesanteckningarna inom en vecka',
    'Fråga invånarna först',
    'Börja smått: en stadsdel',
    'Två timmar i månaden per medlem',
  ],
};

/**
 * Matrix cells (`row.column`) by their column, one note per row: the seven characteristics and the
 * success factors read as a real check, not the same note in every row.
 */
const byColumn: Readonly<Record<string, Notes>> = {
  clear: {
    en: [
      'Yes: we share the same target group',
      'The managers have asked for it',
      'Both health and culture gain',
      'We can name three places to start',
      'The citizens notice it quickly',
      'It fits the council’s new strategy',
      'A new angle: the libraries',
    ],
    da: [
      'Ja: vi har samme målgruppe',
      'Lederne har bedt om det',
      'Både sundhed og kultur får noget ud af det',
      'Vi kan pege på tre steder at starte',
      'Borgerne mærker det hurtigt',
      'Det passer med kommunens nye strategi',
      'En ny vinkel: bibliotekerne',
    ],
    sv: [
      'Ja: vi har samma målgrupp',
      'Cheferna har efterfrågat det',
      'Både vård och kultur vinner på det',
      'Vi kan peka på tre ställen att börja',
      'Invånarna märker det snabbt',
      'Det passar kommunens nya strategi',
      'En ny vinkel: biblioteken',
    ],
  },
  'not-yet': {
    en: [
      'Write down what each unit gets out of it',
      'Ask the managers for two hours a month',
      'Find out what the region already does',
      'Agree on one measure of success',
      'Invite someone from housing',
      'Check the theme with the citizens',
      'Look at what the neighbours learnt',
    ],
    da: [
      'Skriv ned, hvad hver enhed får ud af det',
      'Bed lederne om to timer om måneden',
      'Find ud af, hvad regionen allerede gør',
      'Aftal ét mål for, hvornår det lykkes',
      'Inviter én fra boligområdet',
      'Tjek temaet med borgerne',
      'Se, hvad nabokommunen har lært',
    ],
    sv: [
      'Skriv ner vad varje enhet får ut av det',
      'Be cheferna om två timmar i månaden',
      'Ta reda på vad regionen redan gör',
      'Kom överens om ett mått på framgång',
      'Bjud in någon från boendet',
      'Pröva temat med invånarna',
      'Se vad grannkommunen har lärt sig',
    ],
  },
  'in-place': {
    en: [
      'We meet every six weeks with a shared agenda',
      'The purpose is on the intranet',
      'People come back, meeting after meeting',
      'A coordinator with time for it',
      'The members asked for the network',
      'We know how we would close it',
      'The director backs us',
    ],
    da: [
      'Vi mødes hver sjette uge med en fælles dagsorden',
      'Formålet står på intranettet',
      'Folk kommer igen, møde efter møde',
      'En koordinator med tid til det',
      'Medlemmerne bad selv om netværket',
      'Vi ved, hvordan vi ville lukke det',
      'Direktøren bakker os op',
    ],
    sv: [
      'Vi träffas var sjätte vecka med en gemensam dagordning',
      'Syftet finns på intranätet',
      'Folk kommer tillbaka, träff efter träff',
      'En samordnare med tid för det',
      'Medlemmarna bad själva om nätverket',
      'Vi vet hur vi skulle avsluta det',
      'Direktören står bakom oss',
    ],
  },
  missing: {
    en: [
      'Agree who coordinates after the summer',
      'Write the purpose down together',
      'Say what we expect of each other',
      'Fix the dates for the year',
      'Renew the purpose each autumn',
      'Ask the members what they need',
      'Evaluate the benefit once a year',
    ],
    da: [
      'Aftal, hvem der koordinerer efter sommerferien',
      'Skriv formålet ned sammen',
      'Sig, hvad vi forventer af hinanden',
      'Læg årets datoer fast',
      'Forny formålet hvert efterår',
      'Spørg medlemmerne, hvad de har brug for',
      'Evaluér nytten én gang om året',
    ],
    sv: [
      'Kom överens om vem som samordnar efter sommaren',
      'Skriv ner syftet tillsammans',
      'Säg vad vi förväntar oss av varandra',
      'Bestäm årets datum',
      'Förnya syftet varje höst',
      'Fråga medlemmarna vad de behöver',
      'Utvärdera nyttan en gång om året',
    ],
  },
};

/** Sample notes for a zone in the board's language: its own, its column's (one per row), or a general one. */
export function sampleNotesFor(zoneId: string, locale: Locale, index: number): readonly string[] {
  const column = zoneId.split('.').at(-1) ?? zoneId;
  const base = zoneId.replace(/-\d+$/, '');
  const variants = zoneId.includes('.') ? byColumn[column]?.[locale] : undefined;
  if (variants && variants.length > 0) return [variants[index % variants.length] ?? ''];
  const own = byZone[zoneId] ?? byZone[base] ?? byZone[column];
  if (own) return own[locale];
  const pool = general[locale];
  return [pool[index % pool.length] ?? pool[0] ?? ''];
}
