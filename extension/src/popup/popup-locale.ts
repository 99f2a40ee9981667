import { isLocale, type Locale } from '../../../shared/index.ts';
import { browserLocale } from '../pages/browser-locale.ts';

/**
 * The language the popup last showed, so it paints in the user's language before the settings are
 * read (chrome.storage answers asynchronously); the settings correct it when they differ.
 */
const localeKey = 'netverk.popupLocale';

export function rememberedLocale(): Locale {
  const stored = localStorage.getItem(localeKey);
  return isLocale(stored) ? stored : browserLocale();
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(localeKey, locale);
}
