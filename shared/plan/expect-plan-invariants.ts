import { expect } from 'vitest';
import { textToMiroHtml } from '../text/text-to-miro-html.ts';
import { type BoardPlan, maxPlanTextLength, type PlanItem } from './board-plan.ts';
import { rectsOverlap } from './connector-geometry.ts';
import { itemTextArea, textFits } from './item-text-area.ts';
import { frameTitleBand } from './print-scale.ts';

/**
 * The invariants of layout-invariants.test.ts for a plan of many frames (a session): frames first,
 * every item inside its frame, texts that fit, unique ids and zone ids, frames apart, title bands included.
 * Test-only: nothing in production imports this file.
 */
export function framesOf(plan: BoardPlan): PlanItem[] {
  return plan.items.filter((item) => item.kind === 'frame');
}

function pairs<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));
}

export function expectPlanInvariants(plan: BoardPlan): void {
  const frames = framesOf(plan);
  expect(plan.items.slice(0, frames.length).every((item) => item.kind === 'frame')).toBe(true);
  const byId = new Map(frames.map((frame) => [frame.id, frame]));
  for (const item of plan.items.slice(frames.length)) {
    const frame = item.parentId === null ? undefined : byId.get(item.parentId);
    if (!frame) throw new Error(`${item.id} lies in no frame of the plan`);
    for (const n of [item.x, item.y, item.width, item.height]) expect(Number.isFinite(n)).toBe(true);
    expect(item.x).toBeGreaterThanOrEqual(frame.x);
    expect(item.y).toBeGreaterThanOrEqual(frame.y);
    expect(item.x + item.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(item.y + item.height).toBeLessThanOrEqual(frame.y + frame.height);
    const area = itemTextArea(item);
    if (area) expect(textFits(area), `${item.id} (${item.meta.role}) text fits`).toBe(true);
  }
  const ids = [...plan.items.map((i) => i.id), ...plan.connectors.map((c) => c.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const itemIds = new Set(plan.items.map((i) => i.id));
  for (const c of plan.connectors) expect(itemIds.has(c.fromId) && itemIds.has(c.toId)).toBe(true);
  const zoneIds = plan.items.flatMap((i) => (i.meta.zoneId ? [i.meta.zoneId] : []));
  expect(new Set(zoneIds).size).toBe(zoneIds.length);
  for (const zoneId of zoneIds) expect(zoneId.length).toBeLessThanOrEqual(80);
  const texts = plan.items.map((item) => (item.kind === 'frame' ? item.props.title : item.props.text));
  for (const text of texts) expect(textToMiroHtml(text).length).toBeLessThan(maxPlanTextLength);
  const banded = frames.map((f) => ({ ...f, y: f.y - frameTitleBand, height: f.height + frameTitleBand }));
  for (const [a, b] of pairs(banded)) expect(rectsOverlap(a, b), `${a.id} / ${b.id}`).toBe(false);
  for (const role of ['zone', 'seed'] as const) {
    const boxes = plan.items.filter(
      (item) => item.meta.role === role || (role === 'seed' && item.kind === 'sticky'),
    );
    for (const [a, b] of pairs(boxes)) expect(rectsOverlap(a, b), `${a.id} / ${b.id}`).toBe(false);
  }
}
