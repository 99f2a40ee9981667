import { describe, expect, it } from 'vitest';
import { miroContent, miroLimits, textToMiroHtml } from '../board/index.ts';
import { createSummaryPlan, isSummaryBoard, summaryTemplateIds } from './summary-plan.ts';

const hostile = '<script>alert("x")</script> & \'quotes\'';

describe('createSummaryPlan', () => {
  const plan = createSummaryPlan({
    templateId: summaryTemplateIds.harvest,
    locale: 'da',
    title: hostile,
    sections: [
      { heading: 'Zone A', lines: ['one', 'two'] },
      { heading: 'Zone B', lines: Array.from({ length: 200 }, (_, n) => `note ${n} ${'x'.repeat(40)}`) },
    ],
  });
  const [frame, ...children] = plan.items;

  it('is one frame holding a title and one card per section, all inside it', () => {
    expect(frame?.kind).toBe('frame');
    expect(children.map((item) => item.meta.role)).toEqual(['title', 'card', 'card']);
    for (const child of children) {
      expect(child.parentId).toBe(frame?.id);
      expect(child.x).toBeGreaterThanOrEqual(frame?.x ?? Number.NaN);
      expect(child.y + child.height).toBeLessThanOrEqual((frame?.y ?? 0) + (frame?.height ?? 0));
      expect(child.x + child.width).toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0));
    }
  });

  it('keeps typed text as plain text (the adapter escapes it) and records the locale', () => {
    expect(plan.title).toBe(hostile);
    expect(plan.locale).toBe('da');
    expect(plan.templateId).toBe('harvest-summary');
  });

  it('keeps long sections under Miro’s content limit, uncut', () => {
    for (const item of children) {
      const text = 'text' in item.props ? item.props.text : '';
      expect(miroContent(text)).toBe(textToMiroHtml(text));
      // Worst case escaping: every character a six-character entity, every line a paragraph.
      expect(text.length * 6 + text.split('\n').length * 7).toBeLessThan(miroLimits.contentLength);
    }
  });
});

describe('isSummaryBoard', () => {
  it.each([
    ['decision-result', true],
    ['harvest-summary', true],
    ['theme-canvas', false],
  ])('%s → %s', (templateId, expected) => {
    expect(isSummaryBoard({ templateId })).toBe(expected);
  });
});
