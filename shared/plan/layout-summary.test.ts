import { describe, expect, it } from 'vitest';
import { layoutSummary, sectionText } from './layout-summary.ts';

describe('sectionText', () => {
  it.each([
    [{ heading: 'H', lines: [] }, 'H'],
    [{ heading: 'H', lines: ['a', 'b'] }, 'H\n• a\n• b'],
    [{ heading: 'H', lines: ['a\n\nb  c'] }, 'H\n• a b c'],
  ])('%j → %j', (section, expected) => {
    expect(sectionText(section)).toBe(expected);
  });

  it('ends a section that is too long with an ellipsis line', () => {
    const text = sectionText({ heading: 'H', lines: Array.from({ length: 100 }, () => 'line') });
    expect(text.split('\n').at(-1)).toBe('…');
    expect(text.split('\n').length).toBeLessThanOrEqual(42);
  });
});

describe('layoutSummary', () => {
  it('sizes each card to its text with the layout measure, one column, inside the frame', () => {
    const plan = layoutSummary(
      {
        templateId: 'harvest-summary',
        title: 'T',
        sections: [
          { heading: 'A', lines: ['one'] },
          { heading: 'B', lines: Array.from({ length: 30 }, (_, n) => `line ${n}`) },
        ],
      },
      { locale: 'sv', origin: { x: 100, y: 50 } },
    );
    const [frame, title, a, b] = plan.items;
    expect([frame?.x, frame?.y]).toEqual([100, 50]);
    expect(a?.x).toBe(b?.x);
    expect(b?.height ?? 0).toBeGreaterThan(a?.height ?? 0);
    expect((a?.y ?? 0) + (a?.height ?? 0)).toBeLessThanOrEqual(b?.y ?? 0);
    expect(title?.meta.role).toBe('title');
    expect(plan.locale).toBe('sv');
  });

  it('is a frame and a title when there is nothing to summarise', () => {
    const plan = layoutSummary({ templateId: 'x', title: 'Empty', sections: [] }, { locale: 'en' });
    expect(plan.items.map((item) => item.meta.role)).toEqual(['frame', 'title']);
  });

  it('refuses bad options like every layout', () => {
    expect(() =>
      layoutSummary({ templateId: 'x', title: 'T', sections: [] }, { locale: 'fi' as 'en' }),
    ).toThrow(/locale/);
  });
});
