import { describe, expect, it } from 'vitest';
import { allCatalogs } from './all-catalogs.ts';
import { checkCatalogParity } from './check-catalog-parity.ts';
import type { MessageCatalog } from './define-messages.ts';
import { createTranslator, defineMessages, formatMessage } from './define-messages.ts';
import { parseLocale } from './locale.ts';

describe('every core catalogue is complete in da, sv and en', () => {
  it.each(Object.entries(allCatalogs))('%s', (name, catalog) => {
    expect(checkCatalogParity(name, catalog)).toEqual([]);
  });
});

describe('checkCatalogParity finds what is missing', () => {
  const broken = {
    en: { hello: 'Hello {name}', bye: 'Bye' },
    da: { hello: 'Hej {navn}', bye: '' },
    sv: { hello: 'Hej {name}', extra: 'x' },
  } as unknown as MessageCatalog<string>;

  it('reports missing, empty, extra keys and mismatched placeholders', () => {
    expect(checkCatalogParity('demo', broken)).toEqual([
      'demo.da.hello: placeholders {navn} instead of {name}',
      'demo.da.bye: missing',
      'demo.sv.bye: missing',
      'demo.sv.extra: not in English',
    ]);
  });
});

describe('translation', () => {
  const catalog = defineMessages({
    en: { count: '{n} notes' },
    da: { count: '{n} sedler' },
    sv: { count: '{n} lappar' },
  });

  it.each([
    ['da', '3 sedler'],
    ['sv', '3 lappar'],
    ['en', '3 notes'],
  ] as const)('%s', (locale, expected) => {
    expect(createTranslator(catalog, locale)('count', { n: 3 })).toBe(expected);
  });

  it('keeps an unknown placeholder visible', () => {
    expect(formatMessage('Hi {who}', {})).toBe('Hi {who}');
  });

  it.each([
    ['da-DK', 'da'],
    ['sv_SE.UTF-8', 'sv'],
    ['nb-NO', 'da'],
    ['fi', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ] as const)('parseLocale(%s) = %s', (tag, locale) => {
    expect(parseLocale(tag)).toBe(locale);
  });
});
