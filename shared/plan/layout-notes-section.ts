import type { Section } from '../templates/template-schema.ts';
import type { PlanItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { fitShapeHeight } from './fit-box.ts';
import type { LayoutContext, SectionBlock } from './layout-context.ts';
import { zoneMinWidth } from './layout-zones-section.ts';
import { createShape } from './plan-items.ts';
import { planColors, planFont, planSpace } from './plan-style.ts';

type NotesSection = Extract<Section, { kind: 'notes' }>;

const maxColumns = 3;

/** Fixed cards to read, in a grid of up to three columns; cards in a row share their height. */
export function layoutNotesSection(section: NotesSection, ctx: LayoutContext): SectionBlock {
  const texts = section.items.map((item) => item[ctx.options.locale]);
  return layoutNoteCards(texts, Math.min(maxColumns, texts.length), zoneMinWidth, ctx);
}

/** Cards of plain text, `columns` to a row, each `width` wide and as tall as its row's longest text. */
export function layoutNoteCards(
  plain: readonly string[],
  columns: number,
  width: number,
  ctx: LayoutContext,
): SectionBlock {
  const texts = plain.map((text) => clampPlanText(text));
  const items: PlanItem[] = [];
  let y = 0;
  for (let start = 0; start < texts.length; start += columns) {
    const row = texts.slice(start, start + columns);
    const height = Math.max(...row.map((text) => fitShapeHeight(text, planFont.body, width, ctx.measure)));
    row.forEach((text, c) => {
      const rect = { x: c * (width + planSpace.gap), y, width, height };
      const props = {
        shape: 'round_rectangle',
        text,
        fillColor: planColors.card,
        borderColor: planColors.cardBorder,
        fontSize: planFont.body,
      } as const;
      items.push(createShape(ctx, rect, props, { role: 'card' }));
    });
    y += height + planSpace.gap;
  }
  return {
    width: columns * width + (columns - 1) * planSpace.gap,
    height: y - planSpace.gap,
    items,
    connectors: [],
  };
}
