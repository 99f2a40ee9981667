import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { layoutOptionsArbitrary, templateArbitrary } from '../../tests/fixtures/template-arbitrary.ts';
import { stickyColors } from '../templates/sticky-colors.ts';
import type { Template } from '../templates/template-schema.ts';
import { type BoardPlan, layoutLimits, maxPlanTextLength, type PlanItem } from './board-plan.ts';
import { rectsOverlap } from './connector-geometry.ts';
import { estimateTextBox } from './estimate-text-box.ts';
import { stickyHolds, stickySize } from './fit-box.ts';
import { itemTextArea, textFits } from './item-text-area.ts';
import { layoutPack } from './layout-pack.ts';
import { layoutTemplate } from './layout-template.ts';
import { frameTitleBand } from './print-scale.ts';
import { renderPlanSvg } from './render-plan-svg.ts';
import { defaultParticipants } from './resolve-layout-options.ts';

// Property runs over templates with up to 40 participant boards: minutes on a loaded two-core CI
// machine. A limit on how long the runner waits, never an assertion about speed.
vi.setConfig({ testTimeout: 180_000 });

const runs = { numRuns: 150 };

function frameOf(plan: BoardPlan): PlanItem {
  const frame = plan.items[0];
  if (frame?.kind !== 'frame') throw new Error('plan does not start with its frame');
  return frame;
}

function textsOf(plan: BoardPlan): string[] {
  const itemTexts = plan.items.map((item) => (item.kind === 'frame' ? item.props.title : item.props.text));
  return [plan.title, ...itemTexts, ...plan.connectors.map((c) => c.props.caption ?? '')];
}

/** Zone ids the template promises harvest, in the order the layout draws them. */
function expectedZoneIds(template: Template, participants: number): string[] {
  return template.sections.flatMap((section) => {
    if (section.kind === 'zones') {
      const copies = section.perParticipant
        ? Array.from({ length: participants }, (_, i) => `-${i + 1}`)
        : [''];
      return copies.flatMap((suffix) => section.zones.map((zone) => `${zone.id}${suffix}`));
    }
    if (section.kind === 'matrix')
      return section.rows.flatMap((r) => section.columns.map((c) => `${r.id}.${c.id}`));
    return [];
  });
}

function pairs<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));
}

describe('layoutTemplate invariants (property tests over arbitrary templates and options)', () => {
  it('keeps every item inside its frame, with finite whole-board geometry', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const plan = layoutTemplate(template, options);
        const frame = frameOf(plan);
        expect(plan.items.filter((i) => i.kind === 'frame')).toHaveLength(1);
        expect(frame.x).toBe(options.origin?.x ?? 0);
        expect(frame.y).toBe(options.origin?.y ?? 0);
        for (const item of plan.items.slice(1)) {
          expect(item.parentId).toBe(frame.id);
          for (const n of [item.x, item.y, item.width, item.height]) expect(Number.isFinite(n)).toBe(true);
          expect(item.width).toBeGreaterThan(0);
          expect(item.x).toBeGreaterThanOrEqual(frame.x);
          expect(item.y).toBeGreaterThanOrEqual(frame.y);
          expect(item.x + item.width).toBeLessThanOrEqual(frame.x + frame.width);
          expect(item.y + item.height).toBeLessThanOrEqual(frame.y + frame.height);
        }
      }),
      runs,
    );
  });

  it('gives ids once, points connectors at items of the plan, and draws every promised zone once', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const plan = layoutTemplate(template, options);
        const ids = [...plan.items.map((i) => i.id), ...plan.connectors.map((c) => c.id)];
        expect(new Set(ids).size).toBe(ids.length);
        const itemIds = new Set(plan.items.map((i) => i.id));
        for (const c of plan.connectors) {
          expect(itemIds.has(c.fromId)).toBe(true);
          expect(itemIds.has(c.toId)).toBe(true);
          expect(c.fromId).not.toBe(c.toId);
        }
        const zoneIds = plan.items.filter((i) => i.meta.role === 'zone').map((i) => i.meta.zoneId);
        expect(zoneIds).toEqual(expectedZoneIds(template, options.participants ?? defaultParticipants));
      }),
      runs,
    );
  });

  it('fits every text in its box, and keeps it within the plan’s text limit', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const plan = layoutTemplate(template, options);
        for (const item of plan.items) {
          const area = itemTextArea(item);
          if (area) expect(textFits(area), `${item.id} (${item.meta.role}) text fits`).toBe(true);
        }
        for (const text of textsOf(plan)) expect(text.length).toBeLessThanOrEqual(maxPlanTextLength);
      }),
      runs,
    );
  });

  it('makes Miro-realistic stickies in the sixteen colours that overlap neither each other nor other zones', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const plan = layoutTemplate(template, options);
        const stickies = plan.items.filter((i) => i.kind === 'sticky');
        for (const sticky of stickies) {
          expect(stickyColors).toContain(sticky.props.color);
          expect(sticky.width).toBeGreaterThanOrEqual(199);
          expect(sticky).toMatchObject(stickySize(sticky.props.shape, sticky.width));
          expect(stickyHolds(sticky.props.text, sticky, estimateTextBox)).toBe(true);
        }
        for (const [a, b] of pairs(stickies)) expect(rectsOverlap(a, b), `${a.id} / ${b.id}`).toBe(false);
        const zones = plan.items.filter((i) => i.meta.role === 'zone');
        for (const [a, b] of pairs(zones)) expect(rectsOverlap(a, b), `${a.id} / ${b.id}`).toBe(false);
      }),
      runs,
    );
  });

  it('is deterministic: the same input gives a deep-equal plan and the same SVG', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const first = layoutTemplate(template, options);
        expect(layoutTemplate(structuredClone(template), { ...options })).toEqual(first);
        expect(renderPlanSvg(first)).toBe(renderPlanSvg(layoutTemplate(template, options)));
      }),
      { numRuns: 50 },
    );
  });

  it('renders SVG whose text content is escaped XML', () => {
    fc.assert(
      fc.property(templateArbitrary, layoutOptionsArbitrary, (template, options) => {
        const svg = renderPlanSvg(layoutTemplate(template, options), { paper: 'A3' });
        const content = svg.replace(/<[^>]*>/g, '');
        expect(content).not.toMatch(/[<>]/);
        expect(content.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
        expect(svg).not.toMatch(/<script|javascript:|href=/i);
      }),
      { numRuns: 50 },
    );
  });
});

describe('layoutPack invariants', () => {
  it('places frames side by side without overlap, title bands included, with unique ids across plans', () => {
    const templates = fc.array(templateArbitrary, { minLength: 1, maxLength: 5 });
    const columns = fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined });
    fc.assert(
      fc.property(templates, layoutOptionsArbitrary, columns, (list, options, cols) => {
        const plans = layoutPack(list, { ...options, ...(cols ? { columns: cols } : {}) });
        expect(plans).toHaveLength(list.length);
        const frames = plans.map(frameOf);
        const withTitles = frames.map((f) => ({
          ...f,
          y: f.y - frameTitleBand,
          height: f.height + frameTitleBand,
        }));
        for (const [a, b] of pairs(withTitles)) expect(rectsOverlap(a, b)).toBe(false);
        const ids = plans.flatMap((p) => [...p.items.map((i) => i.id), ...p.connectors.map((c) => c.id)]);
        expect(new Set(ids).size).toBe(ids.length);
        expect(Math.min(...frames.map((f) => f.x))).toBe(options.origin?.x ?? 0);
        expect(Math.min(...frames.map((f) => f.y))).toBe(options.origin?.y ?? 0);
      }),
      { numRuns: 40 },
    );
  });

  it('accepts participants over the whole range', () => {
    const { min, max } = layoutLimits.participants;
    expect(() => layoutPack([], { locale: 'en', participants: min })).not.toThrow();
    expect(() => layoutPack([], { locale: 'en', participants: max })).not.toThrow();
  });
});
