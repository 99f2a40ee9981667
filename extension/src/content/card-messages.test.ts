import { describe, expect, it } from 'vitest';
import { checkCatalogParity, type MessageCatalog } from '../../../shared/index.ts';
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
});
