import { describe, expect, it } from 'vitest';
import { checkCatalogParity } from '../../shared/i18n/check-catalog-parity.ts';
import type { MessageCatalog } from '../../shared/i18n/define-messages.ts';
import { createTranslator, defineMessages, formatMessage } from '../../shared/i18n/define-messages.ts';
import { parseLocale } from '../../shared/i18n/locale.ts';
import { allCatalogs } from '../fixtures/all-catalogs.ts';

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

  const plurals = defineMessages({
    en: { minutes: '{count, plural, one {# minute} other {# minutes}} for {who}' },
    da: { minutes: '{count, plural, one {# minut} other {# minutter}} til {who}' },
    sv: { minutes: '{count, plural, one {# minut} other {# minuter}} för {who}' },
  });

  it.each([
    ['da', 1, '1 minut til Anna'],
    ['da', 2, '2 minutter til Anna'],
    ['sv', 1, '1 minut för Anna'],
    ['sv', 0, '0 minuter för Anna'],
    ['en', 1, '1 minute for Anna'],
    ['en', 14, '14 minutes for Anna'],
  ] as const)('plural %s %d', (locale, count, expected) => {
    expect(createTranslator(plurals, locale)('minutes', { count, who: 'Anna' })).toBe(expected);
  });

  it('prefers an exact =N form and keeps text around the choice', () => {
    expect(formatMessage('{n, plural, =0 {none} one {# item} other {# items}} left', { n: 0 })).toBe(
      'none left',
    );
    expect(formatMessage('{n, plural, =0 {none} one {# item} other {# items}} left', { n: 1 })).toBe(
      '1 item left',
    );
  });

  it('leaves a plural visible when its count is missing or not a number', () => {
    const text = '{n, plural, one {# item} other {# items}}';
    expect(formatMessage(text, {})).toBe(text);
    expect(formatMessage(text, { n: 'x' })).toBe(text);
  });

  it('counts a plural as one placeholder and checks its forms', () => {
    expect(checkCatalogParity('plurals', plurals)).toEqual([]);
    const broken = {
      en: { n: '{n, plural, one {# item} other {# items}}' },
      da: { n: '{n, plural, other {# ting}}' },
      sv: { n: '{m, plural, one {# sak} other {# saker}}' },
    } as unknown as MessageCatalog<string>;
    expect(checkCatalogParity('broken', broken)).toEqual([
      'broken.da.n: plural n:other lacks one or other',
      'broken.sv.n: placeholders {m} instead of {n}',
    ]);
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
