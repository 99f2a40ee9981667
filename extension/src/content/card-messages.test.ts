import { describe, expect, it } from 'vitest';
import { checkCatalogParity, createTranslator, type MessageCatalog } from '../../../shared/index.ts';
import { cardMessages } from './card-messages.ts';

describe('card messages', () => {
  it('exist in da, sv and en with the same placeholders', () => {
    expect(checkCatalogParity('cardMessages', cardMessages)).toEqual([]);
  });

  it('the parity check catches a gap (so the test above can fail)', () => {
    const broken = { ...cardMessages, sv: { ...cardMessages.sv, selectionSaved: 'Sparat.' } };
    expect(checkCatalogParity('broken', broken as MessageCatalog<string>)).toEqual([
      'broken.sv.selectionSaved: placeholders {} instead of {count}',
    ]);
  });

  it('say the count of saved snippets with its plural form', () => {
    expect(createTranslator(cardMessages, 'en')('selectionSaved', { count: 1 })).toBe(
      'Saved to the theme draft (1 snippet so far).',
    );
    expect(createTranslator(cardMessages, 'en')('selectionSaved', { count: 4 })).toBe(
      'Saved to the theme draft (4 snippets so far).',
    );
    expect(createTranslator(cardMessages, 'da')('selectionSaved', { count: 1 })).toBe(
      'Gemt i temaudkastet (1 uddrag indtil nu).',
    );
    expect(createTranslator(cardMessages, 'sv')('selectionSaved', { count: 2 })).toBe(
      'Sparat i temautkastet (2 utdrag hittills).',
    );
  });

  it('use the same words as the popup: "udkast", "Ladda ned"', () => {
    expect(Object.values(cardMessages.da).join('\n')).not.toMatch(/kladde/i);
    expect(Object.values(cardMessages.sv).join('\n')).not.toMatch(/Ladda ner/i);
    expect(cardMessages.sv.downloadIcs).toBe('Ladda ned serien (.ics)');
  });
});
