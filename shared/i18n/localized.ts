import type { Locale } from './locale.ts';

/** A text given in every language. */
export type Localized = Readonly<Record<Locale, string>>;

export function pickText(text: Localized, locale: Locale): string {
  return text[locale];
}
