import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveLayoutOptions } from '../../shared/plan/resolve-layout-options.ts';
import { templateSchema } from '../../shared/templates/template-schema.ts';
import { layoutOptionsArbitrary, templateArbitrary } from '../fixtures/template-arbitrary.ts';

describe('templateArbitrary', () => {
  it('generates only templates the schema accepts', () => {
    fc.assert(
      fc.property(templateArbitrary, (template) => {
        expect(templateSchema.safeParse(template).error?.issues).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('reaches every section kind', () => {
    const kinds = new Set(fc.sample(templateArbitrary, 200).flatMap((t) => t.sections.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(['agenda', 'matrix', 'notes', 'tree', 'zones']);
  });

  it('generates only options the layout accepts', () => {
    fc.assert(
      fc.property(layoutOptionsArbitrary, (options) => {
        expect(() => resolveLayoutOptions(options)).not.toThrow();
      }),
    );
  });
});
