import type { StickyColor } from '../templates/sticky-colors.ts';
import type { PlanRole, ShapeItem, ShapeProps, StickyItem, StickyProps, TextItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { fitTextHeight, type Size } from './fit-box.ts';
import type { LayoutContext } from './layout-context.ts';
import { planFont } from './plan-style.ts';

interface Point {
  x: number;
  y: number;
}

/** Shape defaults; a layout states only what differs. */
const shapeDefaults: ShapeProps = {
  shape: 'rectangle',
  text: '',
  fillColor: '#ffffff',
  borderColor: '#c3c7cf',
  fontSize: planFont.body,
  textAlign: 'left',
  textAlignVertical: 'top',
};

/** A text item `width` wide, as tall as its (clamped) text needs. */
export function createText(
  ctx: LayoutContext,
  at: Point & { width: number },
  content: { text: string; fontSize: number; bold?: boolean },
  role: PlanRole,
): TextItem {
  const text = clampPlanText(content.text);
  const height = fitTextHeight(text, content.fontSize, at.width, ctx.measure, content.bold ?? false);
  return {
    id: ctx.key('text'),
    kind: 'text',
    parentId: null,
    x: at.x,
    y: at.y,
    width: at.width,
    height,
    props: { text, fontSize: content.fontSize, ...(content.bold ? { bold: true } : {}) },
    meta: { role },
  };
}

export function createShape(
  ctx: LayoutContext,
  rect: Point & Size,
  props: Partial<ShapeProps>,
  meta: ShapeItem['meta'],
): ShapeItem {
  const merged = { ...shapeDefaults, ...props };
  return {
    id: ctx.key('shape'),
    kind: 'shape',
    parentId: null,
    ...rect,
    props: { ...merged, text: clampPlanText(merged.text) },
    meta,
  };
}

/** A sticky of a size from `fitSticky` (Miro-realistic: default size or scaled with its aspect). */
export function createSticky(
  ctx: LayoutContext,
  at: Point,
  size: Size & { shape: StickyProps['shape'] },
  content: { text: string; color: StickyColor },
  role: PlanRole,
): StickyItem {
  return {
    id: ctx.key('sticky'),
    kind: 'sticky',
    parentId: null,
    x: at.x,
    y: at.y,
    width: size.width,
    height: size.height,
    props: { text: clampPlanText(content.text), color: content.color, shape: size.shape },
    meta: { role },
  };
}
