import { defineMessages } from '../i18n/define-messages.ts';

/** Words the printed facilitator script adds around the session's own texts. */
export const printMessages = defineMessages({
  en: {
    runningOrder: 'Running order',
    columnTime: 'Time',
    columnMinutes: 'Min.',
    columnBlock: 'Block',
    columnGroups: 'Working form',
    minutes: '{count, plural, one {# minute} other {# minutes}}',
    totalMinutes: 'In all {count, plural, one {# minute} other {# minutes}}',
    materials: 'Materials: {list}',
    plenary: 'Plenary',
    individual: 'Individually',
    groups: '{count, plural, one {# group} other {# groups}} of {size}',
    poster: 'Poster {paper}, printed after the running order',
    posterCopies:
      'Poster {paper}, printed after the running order: print {count, plural, one {# copy} other {# copies}}',
  },
  da: {
    runningOrder: 'Drejebog',
    columnTime: 'Kl.',
    columnMinutes: 'Min.',
    columnBlock: 'Punkt',
    columnGroups: 'Arbejdsform',
    minutes: '{count, plural, one {# minut} other {# minutter}}',
    totalMinutes: 'I alt {count, plural, one {# minut} other {# minutter}}',
    materials: 'Materialer: {list}',
    plenary: 'Plenum',
    individual: 'Individuelt',
    groups: '{count, plural, one {# gruppe} other {# grupper}} à {size}',
    poster: "Plakat i {paper} (bagest i PDF'en)",
    posterCopies:
      "Plakat i {paper} (bagest i PDF'en): print {count, plural, one {# eksemplar} other {# eksemplarer}}",
  },
  sv: {
    runningOrder: 'Körschema',
    columnTime: 'Kl.',
    columnMinutes: 'Min.',
    columnBlock: 'Moment',
    columnGroups: 'Arbetsform',
    minutes: '{count, plural, one {# minut} other {# minuter}}',
    totalMinutes: 'Totalt {count, plural, one {# minut} other {# minuter}}',
    materials: 'Material: {list}',
    plenary: 'I helgrupp',
    individual: 'Individuellt',
    groups: '{count, plural, one {# grupp} other {# grupper}} om {size}',
    poster: 'Affisch i {paper} (längre bak i PDF:en)',
    posterCopies:
      'Affisch i {paper} (längre bak i PDF:en): skriv ut {count, plural, one {# exemplar} other {# exemplar}}',
  },
});

export type PrintMessageKey = keyof typeof printMessages.en;
