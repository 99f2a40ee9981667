import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.ts';
import { idSchema } from '../templates/template-schema.ts';
import { decisionQuestions } from './decision-questions.ts';
import { networkTypeFields, networkTypeIds, networkTypes } from './network-types.ts';

describe('decisionQuestions', () => {
  it('asks four or five questions with unique ids that can name tree nodes', () => {
    const ids = decisionQuestions.map((q) => q.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids.length).toBeLessThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idSchema.safeParse(id).success, id).toBe(true);
  });

  describe.each(decisionQuestions.map((q) => ({ id: q.id, question: q })))('$id', ({ question }) => {
    it('has unique option ids', () => {
      const ids = question.options.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has exactly one "unsure" option, and it weighs nothing', () => {
      const unsure = question.options.filter((o) => Object.keys(o.weights).length === 0);
      expect(unsure.map((o) => o.id)).toEqual(['unsure']);
    });

    it('offers an answer for every network type, each with positive points', () => {
      const weighted = question.options.filter((o) => o.id !== 'unsure');
      for (const option of weighted)
        for (const points of Object.values(option.weights)) expect(points).toBeGreaterThan(0);
      const pointedAt = weighted.flatMap((o) => Object.keys(o.weights)).sort();
      expect(pointedAt).toEqual([...networkTypeIds].sort());
    });

    it('has text in every language for the question, each answer and each reason', () => {
      for (const locale of locales) {
        expect(question.text[locale].trim()).not.toBe('');
        for (const option of question.options) {
          expect(option.text[locale].trim(), option.id).not.toBe('');
          expect(option.why[locale].trim(), option.id).not.toBe('');
        }
      }
    });
  });
});

describe('networkTypes', () => {
  it.each(networkTypeIds)('%s is described in every language', (type) => {
    for (const locale of locales)
      for (const field of ['title', ...networkTypeFields] as const)
        expect(networkTypes[type][field][locale].trim(), `${field}.${locale}`).not.toBe('');
  });

  it('keeps the durations of content.md §3', () => {
    expect(networkTypeIds.map((type) => networkTypes[type].duration.en)).toEqual([
      'No fixed length: the management forum reviews the network as it goes.',
      'About six months, then a test phase.',
      'Four to five months.',
    ]);
  });

  it('follows S1 for the welfare network: citizen involvement and the innovation committee', () => {
    expect(networkTypes.welfare.purpose.da).toContain('borgerinddragelse');
    expect(networkTypes.welfare.anchoring.en).toContain('or the innovation committee');
  });

  it("keeps Albertslund's own project name as the innovation example", () => {
    for (const locale of locales) expect(networkTypes.innovation.purpose[locale]).toContain('Urban Farming');
  });

  it.each(networkTypeIds)('%s has a lower-case name for running text that is its title', (type) => {
    for (const locale of locales) {
      const { title, inText } = networkTypes[type];
      expect(inText[locale], locale).toMatch(/^\p{Ll}/u);
      expect(inText[locale].endsWith(title[locale].toLocaleLowerCase(locale)), locale).toBe(true);
    }
  });
});
