import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates/catalogue/built-in-templates.ts';
import { LayoutError } from './layout-error.ts';
import { defaultPackGap, layoutPack } from './layout-pack.ts';

const three = builtInTemplates.slice(0, 3);

describe('layoutPack', () => {
  it('places frames row by row with the gap between them', () => {
    const plans = layoutPack(three, { locale: 'da', columns: 2, origin: { x: 100, y: -50 } });
    const [a, b, c] = plans.map((p) => p.items[0]);
    if (!a || !b || !c) throw new Error('missing frames');
    expect([a.x, a.y]).toEqual([100, -50]);
    expect([b.x, b.y]).toEqual([100 + a.width + defaultPackGap, -50]);
    expect([c.x, c.y]).toEqual([100, -50 + Math.max(a.height, b.height) + defaultPackGap]);
  });

  it('runs one id counter through the pack', () => {
    const plans = layoutPack(three, { locale: 'en' });
    expect(plans.map((p) => p.items[0]?.id)).toEqual([
      'frame-1',
      `frame-${countIds(plans[0]) + 1}`,
      expect.any(String),
    ]);
  });

  it.each([
    { options: { columns: 0 }, field: 'columns' },
    { options: { columns: 1.5 }, field: 'columns' },
    { options: { gap: -1 }, field: 'gap' },
    { options: { gap: Number.NaN }, field: 'gap' },
    { options: { participants: 0 }, field: 'participants' },
  ])('rejects $options', ({ options, field }) => {
    expect(() => layoutPack(three, { locale: 'en', ...options })).toThrow(expect.objectContaining({ field }));
    expect(() => layoutPack(three, { locale: 'en', ...options })).toThrow(LayoutError);
  });
});

function countIds(plan: { items: unknown[]; connectors: unknown[] } | undefined): number {
  return plan ? plan.items.length + plan.connectors.length : 0;
}
