import { type StickyColor, stickyColorHex } from '../templates/sticky-colors.ts';
import type { Section } from '../templates/template-schema.ts';
import type { PlanItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { fitShapeHeight, fitTextHeight } from './fit-box.ts';
import type { LayoutContext, SectionBlock } from './layout-context.ts';
import { zoneMinWidth } from './layout-zones-section.ts';
import { createShape, createText } from './plan-items.ts';
import { planColors, planFont, planSpace, stickySizes } from './plan-style.ts';
import { flowStickies, type RoomSticky, roomStickyItems, roomWidth, seededNotes } from './room-stickies.ts';
import { shadeColor, tintColor, zoneColors } from './tint-color.ts';

type MatrixSection = Extract<Section, { kind: 'matrix' }>;
type Row = MatrixSection['rows'][number];

/** Wide enough for a title and a question in three or four lines at the body font. */
const rowHeaderWidth = 560;
const gap = planSpace.cellGap;
const pad = planSpace.shapePadding;
/** A cell holds one row of default stickies. */
const cellMinHeight = stickySizes.square.height + 2 * pad;
const columnHeaderMinHeight = 88;
const defaultColor: StickyColor = 'light_yellow';

/** A table: column headers on top, a header per row on the left, and a zone `${rowId}.${columnId}` per cell. */
export function layoutMatrixSection(section: MatrixSection, ctx: LayoutContext): SectionBlock {
  const notes = new Map(
    section.rows.flatMap((row) =>
      section.columns.map((column) => {
        const zoneId = `${row.id}.${column.id}`;
        return [zoneId, seededNotes(zoneId, ctx)] as const;
      }),
    ),
  );
  // Seeded notes wider than a cell widen every column, so the table stays a table.
  const cellWidth = Math.max(zoneMinWidth, ...[...notes.values()].map((n) => roomWidth(n) + 2 * pad));
  const grid: Grid = { cellWidth, notes };
  const headerHeight = headerRowHeight(section, grid, ctx);
  const items = headerRowItems(section, headerHeight, grid, ctx);
  let y = headerHeight + gap;
  for (const row of section.rows) {
    const rooms = section.columns.map(
      (column) => flowStickies(notes.get(`${row.id}.${column.id}`) ?? [], cellWidth - 2 * pad).height,
    );
    const height = Math.max(cellMinHeight, rowHeaderHeight(row, ctx), ...rooms.map((r) => r + 2 * pad));
    items.push(...rowItems(section, row, { y, height }, grid, ctx));
    y += height + gap;
  }
  return { width: columnX(section.columns.length, grid) - gap, height: y - gap, items, connectors: [] };
}

/** The table's cell width and the notes seeded into each cell, by zone id. */
interface Grid {
  cellWidth: number;
  notes: ReadonlyMap<string, RoomSticky[]>;
}

function headerRowHeight(section: MatrixSection, grid: Grid, ctx: LayoutContext): number {
  const { locale } = ctx.options;
  const corner = section.rowHeader
    ? fitTextHeight(
        clampPlanText(section.rowHeader[locale]),
        planFont.header,
        rowHeaderWidth,
        ctx.measure,
        true,
      ) + pad
    : 0;
  const titles = section.columns.map((c) =>
    fitShapeHeight(clampPlanText(c.title[locale]), planFont.header, grid.cellWidth, ctx.measure),
  );
  return Math.max(columnHeaderMinHeight, corner, ...titles);
}

/** The corner caption (the row header's name) and a coloured header per column. */
function headerRowItems(section: MatrixSection, height: number, grid: Grid, ctx: LayoutContext): PlanItem[] {
  const { locale } = ctx.options;
  const items: PlanItem[] = [];
  if (section.rowHeader) {
    const text = section.rowHeader[locale];
    const corner = createText(
      ctx,
      { x: 0, y: 0, width: rowHeaderWidth },
      { text, fontSize: planFont.header, bold: true },
      'label',
    );
    // Sits at the bottom of the header row, like a table's corner caption.
    items.push({ ...corner, y: height - corner.height - pad });
  }
  section.columns.forEach((column, c) => {
    const hex = stickyColorHex[column.color ?? defaultColor];
    const rect = { x: columnX(c, grid), y: 0, width: grid.cellWidth, height };
    const props = {
      text: column.title[locale],
      fillColor: tintColor(hex, 0.35),
      borderColor: shadeColor(hex, 0.22),
      fontSize: planFont.header,
      textAlign: 'center',
      textAlignVertical: 'middle',
    } as const;
    items.push(createShape(ctx, rect, props, { role: 'label' }));
  });
  return items;
}

function columnX(index: number, grid: Grid): number {
  return rowHeaderWidth + gap + index * (grid.cellWidth + gap);
}

function rowHeaderHeight(row: Row, ctx: LayoutContext): number {
  const { locale } = ctx.options;
  const inner = rowHeaderWidth - 2 * pad;
  const title = fitTextHeight(clampPlanText(row.title[locale]), planFont.header, inner, ctx.measure, true);
  const question = row.question
    ? planSpace.gap / 3 +
      fitTextHeight(clampPlanText(row.question[locale]), planFont.body, inner, ctx.measure)
    : 0;
  return pad + title + question + pad;
}

function rowItems(
  section: MatrixSection,
  row: Row,
  band: { y: number; height: number },
  grid: Grid,
  ctx: LayoutContext,
) {
  const { locale } = ctx.options;
  const label = { fillColor: planColors.label, borderColor: planColors.labelBorder };
  const items: PlanItem[] = [
    createShape(ctx, { x: 0, y: band.y, width: rowHeaderWidth, height: band.height }, label, {
      role: 'label',
    }),
  ];
  const at = { x: pad, y: band.y + pad, width: rowHeaderWidth - 2 * pad };
  const title = createText(
    ctx,
    at,
    { text: row.title[locale], fontSize: planFont.header, bold: true },
    'label',
  );
  items.push(title);
  if (row.question) {
    const below = { ...at, y: title.y + title.height + planSpace.gap / 3 };
    items.push(createText(ctx, below, { text: row.question[locale], fontSize: planFont.body }, 'label'));
  }
  section.columns.forEach((column, c) => {
    const rect = { x: columnX(c, grid), y: band.y, width: grid.cellWidth, height: band.height };
    const zoneId = `${row.id}.${column.id}`;
    const title = clampPlanText(`${row.title[locale]} · ${column.title[locale]}`);
    const meta = {
      role: 'zone',
      zoneId,
      title,
      ...(column.minutes ? { minutes: column.minutes } : {}),
      ...(column.vote ? { vote: true as const } : {}),
    } as const;
    const color = column.color ?? defaultColor;
    items.push(createShape(ctx, rect, zoneColors(color), meta));
    const room = { x: rect.x + pad, y: rect.y + pad, width: rect.width - 2 * pad };
    items.push(...roomStickyItems(ctx, grid.notes.get(zoneId) ?? [], room, color));
  });
  return items;
}
