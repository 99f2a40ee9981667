import { defineMessages } from '../../../shared/index.ts';

/** Texts of the in-panel countdown (used when the board has no Miro timer). */
export const countdownMessages = defineMessages({
  en: {
    countdownLabel: 'Time left',
    countdownSpoken:
      '{minutes, plural, one {# minute} other {# minutes}} and {seconds, plural, one {# second} other {# seconds}} left',
    countdownDone: 'Time is up.',
  },
  da: {
    countdownLabel: 'Tid tilbage',
    countdownSpoken:
      '{minutes, plural, one {# minut} other {# minutter}} og {seconds, plural, one {# sekund} other {# sekunder}} tilbage',
    countdownDone: 'Tiden er gået.',
  },
  sv: {
    countdownLabel: 'Tid kvar',
    countdownSpoken:
      '{minutes, plural, one {# minut} other {# minuter}} och {seconds, plural, one {# sekund} other {# sekunder}} kvar',
    countdownDone: 'Tiden är ute.',
  },
});
