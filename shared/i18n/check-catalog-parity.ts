import type { MessageCatalog } from './define-messages.ts';
import { placeholdersOf, pluralFormsOf } from './define-messages.ts';
import { locales } from './locale.ts';

/**
 * Lists every way a catalogue falls short: a key missing or extra in a language, an empty text,
 * placeholders that differ from English, or a plural choice without both `one` and `other` forms
 * (the categories Danish, Swedish and English all use). Empty list = complete in all three languages.
 */
export function checkCatalogParity(name: string, catalog: MessageCatalog<string>): string[] {
  const problems: string[] = [];
  const source = catalog.en;
  for (const locale of locales) {
    const messages = catalog[locale] as Readonly<Record<string, unknown>> | undefined;
    if (!messages) {
      problems.push(`${name}: no ${locale} messages`);
      continue;
    }
    for (const key of Object.keys(source)) {
      const text = messages[key];
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${name}.${locale}.${key}: missing`);
        continue;
      }
      const want = placeholdersOf(source[key] ?? '').join(',');
      const got = placeholdersOf(text).join(',');
      if (want !== got) problems.push(`${name}.${locale}.${key}: placeholders {${got}} instead of {${want}}`);
      for (const forms of pluralFormsOf(text)) {
        const categories = forms.slice(forms.indexOf(':') + 1).split(',');
        if (!categories.includes('one') || !categories.includes('other')) {
          problems.push(`${name}.${locale}.${key}: plural ${forms} lacks one or other`);
        }
      }
    }
    for (const key of Object.keys(messages)) {
      if (!(key in source)) problems.push(`${name}.${locale}.${key}: not in English`);
    }
  }
  return problems;
}
