import { type Locale, parseLocale } from '../../../shared/index.ts';

/** The browser's language, known at once, so the first paint need not wait for storage. */
export function browserLocale(): Locale {
  return parseLocale(globalThis.chrome?.i18n?.getUILanguage?.() ?? navigator.language);
}
