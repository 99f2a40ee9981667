import type { Locale } from '../i18n/locale.ts';

const dateLocales: Readonly<Record<Locale, string>> = { da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };

/** "Tuesday 16 March 2027" for a local date `YYYY-MM-DD`, in the session's language. */
export function longDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day, 12)),
  );
  // Danish and Swedish write weekdays in lower case; the line starts with one.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
