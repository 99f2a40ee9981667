import { defineMessages } from '../i18n/define-messages.ts';

/**
 * Words a running order is written with, wherever it is written: the calendar text, the Markdown and
 * HTML running order, and the printed script (`printMessages` takes them from here).
 */
export const runningOrderMessages = defineMessages({
  en: {
    runningOrder: 'Running order',
    minutes: '{count, plural, one {# minute} other {# minutes}}',
    materials: 'Materials: {list}',
    groups: '{count, plural, one {# group} other {# groups}} of {size}',
  },
  da: {
    runningOrder: 'Drejebog',
    minutes: '{count, plural, one {# minut} other {# minutter}}',
    materials: 'Materialer: {list}',
    groups: '{count, plural, one {# gruppe} other {# grupper}} à {size}',
  },
  sv: {
    runningOrder: 'Körschema',
    minutes: '{count, plural, one {# minut} other {# minuter}}',
    materials: 'Material: {list}',
    groups: '{count, plural, one {# grupp} other {# grupper}} om {size}',
  },
});
