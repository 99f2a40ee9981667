import { describe, expect, it } from 'vitest';
import { checkCatalogParity, createTranslator } from '../../../../shared/index.ts';
import { workshopMessages } from './workshop-messages.ts';

describe('workshop messages', () => {
  it('exist in da, sv and en with the same placeholders', () => {
    expect(checkCatalogParity('workshopMessages', workshopMessages)).toEqual([]);
  });

  it('name the unit with its plural form', () => {
    const da = createTranslator(workshopMessages, 'da');
    expect(da('workshopTooShort', { count: 1 })).toMatch(/^Aftalen varer 1 minut;/);
    expect(da('runningOrderCaption', { count: 120, people: 1 })).toBe(
      'Drejebog: 120 minutter for 1 deltager',
    );
    const sv = createTranslator(workshopMessages, 'sv');
    expect(sv('runningOrderCaption', { count: 1, people: 14 })).toBe('Körschema: 1 minut för 14 deltagare');
    const en = createTranslator(workshopMessages, 'en');
    expect(en('workshopTooLong', { count: 700 })).toMatch(/^The event lasts 700 minutes;/);
  });
});
