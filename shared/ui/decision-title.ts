import { createTranslator, type DecisionResult, type Locale } from '../index.ts';
import { uiMessages } from './ui-messages.ts';

/** The result's headline: the suggested type, or that two types fit; the board summary uses it too. */
export function decisionTitle(result: DecisionResult, locale: Locale): string {
  const t = createTranslator(uiMessages, locale);
  const first = result.candidates[0];
  return result.ambiguous || !first ? t('resultTwo') : t('resultOne', { type: first.title });
}
