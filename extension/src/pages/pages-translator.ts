import { createTranslator, type Locale, type Translate } from '../../../shared/index.ts';
import { type PagesMessageKey, pagesMessages } from './pages-messages.ts';

export type PagesTranslate = Translate<PagesMessageKey>;

export function createPagesTranslator(locale: Locale): PagesTranslate {
  return createTranslator(pagesMessages, locale);
}
