import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutOptionsArbitrary, templateArbitrary } from '../../tests/fixtures/template-arbitrary.ts';
import { layoutTemplate } from './layout-template.ts';

describe('zones where minutes are born', () => {
  it('carry their tag (decision, action, next) onto the board plan, and only they do', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const tags = new Map<string, string | undefined>();
        for (const section of template.sections)
          if (section.kind === 'zones') for (const zone of section.zones) tags.set(zone.id, zone.minutes);
        const plan = layoutTemplate(template, options);
        for (const item of plan.items) {
          if (item.meta.role !== 'zone') {
            expect(item.meta.minutes).toBeUndefined();
            continue;
          }
          // Per-participant copies end in -1, -2, …; matrix cells are no zone of a zones section.
          const base = item.meta.zoneId?.replace(/-\d+$/, '') ?? '';
          const tag = tags.has(item.meta.zoneId ?? '') ? tags.get(item.meta.zoneId ?? '') : tags.get(base);
          expect(item.meta.minutes).toBe(tag);
        }
      }),
      { numRuns: 100 },
    );
  });
});
