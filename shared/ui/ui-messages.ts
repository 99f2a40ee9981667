import { defineMessages } from '../index.ts';

/** Every text the shared UI shows, in da, sv and en; the apps' catalogues hold only their own texts. */
export const uiMessages = defineMessages({
  en: {
    decideIntro: 'Answer a few questions to find the network type that fits your theme.',
    questionOf: 'Question {step} of {count}',
    back: 'Back',
    next: 'Next',
    showResult: 'Show result',
    restart: 'Start over',
    resultOne: 'Suggested type: {type}',
    resultTwo: 'Two types fit: compare them',
    resultNone: 'Network type',
    why: 'Why',
  },
  da: {
    decideIntro: 'Svar på nogle få spørgsmål, og find den netværkstype, der passer til jeres tema.',
    questionOf: 'Spørgsmål {step} af {count}',
    back: 'Tilbage',
    next: 'Næste',
    showResult: 'Vis resultat',
    restart: 'Start forfra',
    resultOne: 'Forslag til type: {type}',
    resultTwo: 'To typer passer: sammenlign dem',
    resultNone: 'Netværkstype',
    why: 'Hvorfor',
  },
  sv: {
    decideIntro: 'Svara på några frågor och hitta den nätverkstyp som passar ert tema.',
    questionOf: 'Fråga {step} av {count}',
    back: 'Tillbaka',
    next: 'Nästa',
    showResult: 'Visa resultat',
    restart: 'Börja om',
    resultOne: 'Förslag på typ: {type}',
    resultTwo: 'Två typer passar: jämför dem',
    resultNone: 'Nätverkstyp',
    why: 'Varför',
  },
});

export type UiMessageKey = keyof (typeof uiMessages)['en'];
