import { defineMessages } from '../i18n/define-messages.ts';

/** Messages of the network-type decision: why answers were refused, and the note on a close call. */
export const decideMessages = defineMessages({
  en: {
    unknownQuestion: 'There is no question "{questionId}". The questions are: {questionIds}.',
    unknownOption: 'The question "{questionId}" has no answer "{optionId}". The answers are: {optionIds}.',
    noWeightedAnswer:
      'None of the answers points to a network type: answer at least one question with something other than "not sure".',
    ambiguous: 'The answers do not clearly tell {first} from {second}: compare the two side by side.',
  },
  da: {
    unknownQuestion: 'Der er intet spørgsmål "{questionId}". Spørgsmålene er: {questionIds}.',
    unknownOption: 'Spørgsmålet "{questionId}" har intet svar "{optionId}". Svarene er: {optionIds}.',
    noWeightedAnswer:
      'Ingen af svarene peger på en netværkstype: besvar mindst ét spørgsmål med andet end "ikke sikre".',
    ambiguous: 'Svarene skelner ikke tydeligt mellem {first} og {second}: sammenlign de to side om side.',
  },
  sv: {
    unknownQuestion: 'Det finns ingen fråga "{questionId}". Frågorna är: {questionIds}.',
    unknownOption: 'Frågan "{questionId}" har inget svar "{optionId}". Svaren är: {optionIds}.',
    noWeightedAnswer:
      'Inget av svaren pekar mot en nätverkstyp: besvara minst en fråga med något annat än "inte säkra".',
    ambiguous: 'Svaren skiljer inte tydligt mellan {first} och {second}: jämför de två sida vid sida.',
  },
});
