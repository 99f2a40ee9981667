import type { MessageCatalog } from './define-messages.ts';
import { placeholdersOf } from './define-messages.ts';
import { locales } from './locale.ts';

/**
 * Lists every way a catalogue falls short: a key missing or extra in a language, an empty text,
 * or placeholders that differ from English. Empty list = complete in all three languages.
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
    }
    for (const key of Object.keys(messages)) {
      if (!(key in source)) problems.push(`${name}.${locale}.${key}: not in English`);
    }
  }
  return problems;
}
