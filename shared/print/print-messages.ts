import { defineMessages } from '../i18n/define-messages.ts';
import { runningOrderMessages } from '../sessions/running-order-messages.ts';

/** Words the printed facilitator script adds around the session's own texts, with the running order's own. */
export const printMessages = defineMessages({
  en: {
    ...runningOrderMessages.en,
    columnTime: 'Time',
    columnMinutes: 'Min.',
    columnBlock: 'Block',
    columnGroups: 'Working form',
    totalMinutes: 'In all {count, plural, one {# minute} other {# minutes}}',
    plenary: 'Plenary',
    individual: 'Individually',
    poster: 'Poster {paper}, printed after the running order',
    posterCopies:
      'Poster {paper}, printed after the running order: print {count, plural, one {# copy} other {# copies}}',
  },
  da: {
    ...runningOrderMessages.da,
    columnTime: 'Kl.',
    columnMinutes: 'Min.',
    columnBlock: 'Punkt',
    columnGroups: 'Arbejdsform',
    totalMinutes: 'I alt {count, plural, one {# minut} other {# minutter}}',
    plenary: 'Plenum',
    individual: 'Individuelt',
    poster: "Plakat i {paper} (bagest i PDF'en)",
    posterCopies:
      "Plakat i {paper} (bagest i PDF'en): print {count, plural, one {# eksemplar} other {# eksemplarer}}",
  },
  sv: {
    ...runningOrderMessages.sv,
    columnTime: 'Kl.',
    columnMinutes: 'Min.',
    columnBlock: 'Moment',
    columnGroups: 'Arbetsform',
    totalMinutes: 'Totalt {count, plural, one {# minut} other {# minuter}}',
    plenary: 'I helgrupp',
    individual: 'Individuellt',
    poster: 'Affisch i {paper} (längre bak i PDF:en)',
    posterCopies:
      'Affisch i {paper} (längre bak i PDF:en): skriv ut {count, plural, one {# exemplar} other {# exemplar}}',
  },
});

export type PrintMessageKey = keyof typeof printMessages.en;
