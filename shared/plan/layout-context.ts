import type { Translate } from '../i18n/define-messages.ts';
import type { Section, SectionKind } from '../templates/template-schema.ts';
import type { PlanConnector, PlanItem, PlanItemKind } from './board-plan.ts';
import type { MeasureText } from './item-text-area.ts';
import type { PlanMessageKey } from './plan-messages.ts';
import type { ResolvedLayoutOptions } from './resolve-layout-options.ts';

/** What every section layout gets: checked options, the text measure and the plan's words. */
export interface LayoutContext {
  options: ResolvedLayoutOptions;
  measure: MeasureText;
  t: Translate<PlanMessageKey>;
  /** A temporary item key; the layout swaps keys for `createId` ids in reading order at the end. */
  key: (kind: PlanItemKind | 'connector') => string;
}

/**
 * A laid-out section: items with coordinates relative to the section's top-left corner (0,0),
 * parentId still null; the template layout moves them into the frame.
 */
export interface SectionBlock {
  width: number;
  height: number;
  items: PlanItem[];
  connectors: PlanConnector[];
}

/** Lays out one kind of section; registered once per kind in `sectionLayouts`. */
export type SectionLayout<K extends SectionKind> = (
  section: Extract<Section, { kind: K }>,
  ctx: LayoutContext,
) => SectionBlock;

export type SectionLayouts = { [K in SectionKind]: SectionLayout<K> };

/** Moves items by dx, dy (new objects; the input is left as it was). */
export function translateItems(items: readonly PlanItem[], dx: number, dy: number): PlanItem[] {
  return items.map((item) => ({ ...item, x: item.x + dx, y: item.y + dy }));
}

/** Bottom edge of the lowest item, 0 for none. */
export function bottomOf(items: readonly PlanItem[]): number {
  return items.reduce((bottom, item) => Math.max(bottom, item.y + item.height), 0);
}

/** Right edge of the rightmost item, 0 for none. */
export function rightOf(items: readonly PlanItem[]): number {
  return items.reduce((right, item) => Math.max(right, item.x + item.width), 0);
}
