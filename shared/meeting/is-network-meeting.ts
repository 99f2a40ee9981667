import type { Locale } from '../i18n/locale.ts';
import { hasKeyword } from './has-keyword.ts';

/** Words that mark a calendar entry as a network meeting, as stems: "nätverk" also finds "Nätverksträff". */
export const networkMeetingKeywords: Record<Locale, readonly string[]> = {
  da: ['netværk', 'erfa-gruppe', 'erfagruppe', 'erfa-møde', 'erfamøde'],
  sv: ['nätverk', 'erfa-grupp', 'erfagrupp', 'erfaträff'],
  en: ['network', 'community of practice'],
};

const builtIn = Object.values(networkMeetingKeywords).flat();

/**
 * Whether a meeting looks like a network meeting, in any of the three languages. Built-in keywords
 * also match inside compounds ("Ledernetværket"). An organisation's extra keywords match whole words
 * ("ERFA" is not "erfaring"), or begin a word when they end in `*` ("fagforum*" finds "Fagforummet").
 */
export function isNetworkMeeting(
  title: string,
  description: string,
  extraKeywords: readonly string[] = [],
): boolean {
  const text = `${title}\n${description}`;
  const extra = extraKeywords.map((word) => word.trim());
  const stems = extra.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1));
  const words = extra.filter((word) => !word.endsWith('*'));
  return (
    hasKeyword(text, builtIn, { match: 'inside' }) ||
    hasKeyword(text, words, { match: 'word' }) ||
    hasKeyword(text, stems)
  );
}
