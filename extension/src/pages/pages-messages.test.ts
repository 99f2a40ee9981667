import { describe, expect, it } from 'vitest';
import { checkCatalogParity, createTranslator } from '../../../shared/index.ts';
import { pagesMessages } from './pages-messages.ts';

describe('pages messages', () => {
  it('exist in all three languages with the same placeholders', () => {
    expect(checkCatalogParity('pages', pagesMessages)).toEqual([]);
  });

  it('say every count with its plural form and unit', () => {
    const en = createTranslator(pagesMessages, 'en');
    const da = createTranslator(pagesMessages, 'da');
    const sv = createTranslator(pagesMessages, 'sv');
    expect(en('importFailed', { count: 1 })).toBe('Nothing was imported: the file has 1 problem.');
    expect(en('importFailed', { count: 3 })).toBe('Nothing was imported: the file has 3 problems.');
    expect(da('importFailed', { count: 1 })).toBe('Intet blev importeret: filen har 1 problem.');
    expect(da('importFailed', { count: 3 })).toBe('Intet blev importeret: filen har 3 problemer.');
    expect(sv('importFailed', { count: 3 })).toBe('Inget importerades: filen har 3 problem.');
    expect(en('unreadable', { count: 1 })).toBe('1 saved record could not be read and was skipped.');
    expect(en('unreadable', { count: 2 })).toBe('2 saved records could not be read and were skipped.');
    expect(da('unreadable', { count: 1 })).toBe('1 gemt post kunne ikke læses og blev sprunget over.');
    expect(sv('unreadable', { count: 2 })).toBe('2 sparade poster kunde inte läsas och hoppades över.');
    expect(en('importDone', { drafts: 1, networks: 0, snippets: 2 })).toBe(
      'Imported 1 draft, 0 networks and 2 kept snippets.',
    );
    expect(da('importDone', { drafts: 2, networks: 1, snippets: 1 })).toBe(
      'Importerede 2 udkast, 1 netværk og 1 gemt uddrag.',
    );
    expect(sv('importDone', { drafts: 2, networks: 1, snippets: 2 })).toBe(
      'Importerade 2 utkast, 1 nätverk och 2 sparade utdrag.',
    );
  });

  it('use one word for each thing (content review)', () => {
    const all = (locale: 'da' | 'sv') => Object.values(pagesMessages[locale]).join('\n');
    expect(all('da')).not.toMatch(/lærred|Annuller\b|kladde/i);
    expect(pagesMessages.da.tabCanvas).toBe('Temaskema');
    // The same form as the Miro panel's cancel button.
    expect(pagesMessages.da.cancel).toBe('Annullér');
    expect(all('sv')).not.toMatch(/Temaduk|Ladda ner|Aktuella frågor/i);
    expect(pagesMessages.sv.tabCanvas).toBe('Temaunderlag');
  });
});
