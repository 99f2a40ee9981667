import type { Localized } from '../i18n/localized.ts';

/** The three network types of Albertslund Kommune's network model (content.md §3). */
export const networkTypeIds = ['innovation', 'welfare', 'learning'] as const;
export type NetworkType = (typeof networkTypeIds)[number];

/** What a network type means for the network: all texts in our own words. */
export interface NetworkTypeInfo {
  title: Localized;
  /** The name as it reads mid-sentence: lower case, with the article English needs. */
  inText: Localized;
  purpose: Localized;
  expectedResults: Localized;
  anchoring: Localized;
  duration: Localized;
}

/** The fields a result shows, in this order. */
export const networkTypeFields = ['purpose', 'expectedResults', 'anchoring', 'duration'] as const;
export type NetworkTypeField = (typeof networkTypeFields)[number];

/** The label of each field a result shows. */
export const networkTypeFieldLabels: Readonly<Record<NetworkTypeField, Localized>> = {
  purpose: { da: 'Formål', sv: 'Syfte', en: 'Purpose' },
  expectedResults: { da: 'Forventede resultater', sv: 'Förväntade resultat', en: 'Expected results' },
  anchoring: { da: 'Forankring', sv: 'Förankring', en: 'Anchoring' },
  duration: { da: 'Varighed', sv: 'Tidsram', en: 'Duration' },
};

// The welfare network follows S1, the newer source: citizen involvement, and "or the innovation committee".
export const networkTypes: Readonly<Record<NetworkType, NetworkTypeInfo>> = {
  innovation: {
    title: { da: 'Innovationsnetværk', sv: 'Innovationsnätverk', en: 'Innovation network' },
    inText: { da: 'innovationsnetværk', sv: 'innovationsnätverk', en: 'an innovation network' },
    purpose: {
      da: 'Radikal innovation: at forme fremtidens løsninger med afsæt i politiske visioner og strategier (for eksempel projektet Urban Farming).',
      sv: 'Radikal innovation: att forma framtidens lösningar med avstamp i politiska visioner och strategier (till exempel projektet Urban Farming).',
      en: 'Radical innovation: shaping the solutions of the future, starting from political visions and strategies (the Urban Farming project, for example).',
    },
    expectedResults: {
      da: 'Gennemgribende forandring og radikal nytænkning af den måde, vi hidtil har gjort tingene på.',
      sv: 'Genomgripande förändring och ett radikalt nytänkande kring hur vi har arbetat hittills.',
      en: 'Far-reaching change: a radical rethink of how things have been done.',
    },
    anchoring: {
      da: 'En referenceleder på direktørniveau; når arbejdet berører politikken, også innovationsudvalget.',
      sv: 'En referensledare på direktörsnivå; när arbetet berör politiken även det politiska innovationsutskottet.',
      en: 'A reference leader at director level; where the work touches politics, the innovation committee too.',
    },
    duration: {
      da: 'Ingen fast længde: chefforum vurderer netværket løbende.',
      sv: 'Ingen fast längd: chefsforum följer upp nätverket löpande.',
      en: 'No fixed length: the management forum reviews the network as it goes.',
    },
  },
  welfare: {
    title: { da: 'Velfærdsnetværk', sv: 'Välfärdsnätverk', en: 'Welfare network' },
    inText: { da: 'velfærdsnetværk', sv: 'välfärdsnätverk', en: 'a welfare network' },
    purpose: {
      da: 'Hverdagsinnovation: god og effektiv velfærd tæt på borgeren gennem borgerinddragelse, blik for helheden, bedre arbejdsgange og relationel koordinering mellem afdelinger.',
      sv: 'Vardagsinnovation: god och effektiv välfärd nära invånarna genom invånardelaktighet, helhetssyn, bättre arbetsflöden och relationell samordning mellan förvaltningar.',
      en: 'Everyday innovation: good, efficient welfare close to the citizen, through citizen involvement, seeing the whole, better workflows and relational coordination between departments.',
    },
    expectedResults: {
      da: 'Bedre udgaver af de løsninger, vi har; nye måder at koordinere og bruge de ressourcer, kommunen allerede har; nye samarbejder med borgerne.',
      sv: 'Bättre versioner av de lösningar vi har; nya sätt att samordna och använda de resurser kommunen redan har; nya samarbeten med invånarna.',
      en: 'Better versions of the solutions we have; new ways to coordinate and use the resources the municipality already has; new collaboration with citizens.',
    },
    anchoring: {
      da: 'En referenceleder fra chefforum; når arbejdet berører politikken, også fagudvalget eller innovationsudvalget.',
      sv: 'En referensledare från chefsforum; när arbetet berör politiken även ansvarig facknämnd eller det politiska innovationsutskottet.',
      en: 'A reference leader from the management forum; where the work touches politics, the professional committee or the innovation committee too.',
    },
    duration: {
      da: 'Omkring seks måneder, derefter en afprøvningsfase.',
      sv: 'Ungefär sex månader, därefter en testfas.',
      en: 'About six months, then a test phase.',
    },
  },
  learning: {
    title: { da: 'Læringsnetværk', sv: 'Lärandenätverk', en: 'Learning network' },
    inText: { da: 'læringsnetværk', sv: 'lärandenätverk', en: 'a learning network' },
    purpose: {
      da: 'At opbygge viden på et område, organisationen vil have på dagsordenen, men i dag ved for lidt om (for eksempel deleøkonomi eller frivillighed).',
      sv: 'Att bygga kunskap inom ett område som organisationen vill ha på agendan men i dag vet för lite om (till exempel delningsekonomi eller frivilligarbete).',
      en: 'Building knowledge in an area the organisation wants on its agenda but knows too little about today (the sharing economy or volunteering, for example).',
    },
    expectedResults: {
      da: 'Læring og ny kompetence, delt på tværs af faggrupper og med aktører udefra; hver deltager sætter den nye viden i spil i sin egen enhed.',
      sv: 'Lärande och ny kompetens, delad mellan yrkesgrupper och med aktörer utifrån; varje deltagare omsätter den nya kunskapen i sin egen enhet.',
      en: 'Learning and new competence, shared across professions and with outside actors; every participant puts the new knowledge to work in their own unit.',
    },
    anchoring: {
      da: 'Chefforum, ved to nedslag: når netværket sættes i gang, og når det afsluttes.',
      sv: 'Chefsforum, vid två tillfällen: när nätverket startar och när det avslutas.',
      en: 'The management forum, at two points: when the network starts and when it closes.',
    },
    duration: {
      da: 'Fire til fem måneder.',
      sv: 'Fyra till fem månader.',
      en: 'Four to five months.',
    },
  },
};
