import type { Locale } from '../i18n/locale.ts';
import { hasKeyword } from './has-keyword.ts';

/**
 * Words that mark a calendar entry as a workshop, found inside compounds ("Temaworkshop",
 * "Arbejdsseminaret"). Bare "seminar" and "verkstad"/"værksted" are left out: they are as often a
 * lecture or a garage as a workshop, so only their workshop compounds count; "temadag" is
 * as often a conference.
 */
export const workshopKeywords: Record<Locale, readonly string[]> = {
  da: ['workshop', 'arbejdsseminar', 'fremtidsværksted', 'idéværksted', 'ideværksted'],
  sv: ['workshop', 'arbetsseminarium', 'framtidsverkstad', 'idéverkstad'],
  en: ['workshop', 'working session', 'work session', 'design sprint'],
};

const builtIn = [...new Set(Object.values(workshopKeywords).flat())];

/**
 * Whether an event's title says it is a workshop, in any of the three languages. Built-in words also
 * match inside compounds; an organisation's extra words match whole words, or begin a word when they
 * end in `*` (the same rule as the network keywords).
 */
export function isWorkshop(title: string, extraKeywords: readonly string[] = []): boolean {
  const extra = extraKeywords.map((word) => word.trim());
  const stems = extra.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1));
  const words = extra.filter((word) => !word.endsWith('*'));
  return (
    hasKeyword(title, builtIn, { match: 'inside' }) ||
    hasKeyword(title, words, { match: 'word' }) ||
    hasKeyword(title, stems)
  );
}
