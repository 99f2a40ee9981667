import type { Template } from '../templates/template-schema.ts';
import type { BoardPlan, LayoutOptions } from './board-plan.ts';
import { LayoutError } from './layout-error.ts';
import { layoutTemplate } from './layout-template.ts';
import { resolveLayoutOptions } from './resolve-layout-options.ts';

export interface LayoutPackOptions extends LayoutOptions {
  /** Frames per row; default the square root of the count, rounded up. */
  columns?: number;
  /** Space between frames, board units; leaves room for the frame titles Miro draws above frames. */
  gap?: number;
}

export const defaultPackGap = 320;

/**
 * Lays out several templates for one board: frames row by row from `origin`, side by side with
 * `gap` between them, each row below the tallest frame of the row before. Without `createId`,
 * one counter runs through all plans, so ids are unique across the pack.
 */
export function layoutPack(templates: readonly Template[], options: LayoutPackOptions): BoardPlan[] {
  const { columns: wanted, gap = defaultPackGap, ...layoutOptions } = options;
  const { origin, createId } = resolveLayoutOptions(layoutOptions);
  const columns = wanted ?? Math.max(1, Math.ceil(Math.sqrt(templates.length)));
  if (!Number.isInteger(columns) || columns < 1)
    throw new LayoutError('columns', `columns must be a whole number of at least 1, not ${columns}`);
  if (!Number.isFinite(gap) || gap < 0)
    throw new LayoutError('gap', `gap must be a number of at least 0, not ${gap}`);
  const plans = templates.map((template) =>
    layoutTemplate(template, { ...layoutOptions, origin: { x: 0, y: 0 }, createId }),
  );
  const placed: BoardPlan[] = [];
  let y = origin.y;
  for (let start = 0; start < plans.length; start += columns) {
    const row = plans.slice(start, start + columns);
    let x = origin.x;
    let rowHeight = 0;
    for (const plan of row) {
      const frame = plan.items[0];
      placed.push(translatePlan(plan, x, y));
      x += (frame?.width ?? 0) + gap;
      rowHeight = Math.max(rowHeight, frame?.height ?? 0);
    }
    y += rowHeight + gap;
  }
  return placed;
}

/** The plan moved by dx, dy (a new plan; connectors need no change, they name items). */
export function translatePlan(plan: BoardPlan, dx: number, dy: number): BoardPlan {
  return { ...plan, items: plan.items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy })) };
}
