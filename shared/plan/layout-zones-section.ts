import type { StickyColor } from '../templates/sticky-colors.ts';
import type { Section, ZoneMinutes } from '../templates/template-schema.ts';
import type { PlanItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { fitSticky, fitTextHeight } from './fit-box.ts';
import type { LayoutContext, SectionBlock } from './layout-context.ts';
import { createShape, createText } from './plan-items.ts';
import { planFont, planSpace, stickySizes } from './plan-style.ts';
import { flowStickies, type RoomSticky, roomStickyItems, roomWidth, seededNotes } from './room-stickies.ts';
import { zoneColors } from './tint-color.ts';

type ZonesSection = Extract<Section, { kind: 'zones' }>;

/** One zone as it will be drawn: a participant's copy has its own id and title. */
export interface ZoneDraft {
  id: string;
  title: string;
  prompt?: string;
  color: StickyColor;
  span: number;
  /** The theme seed first (when the zone has one), then the notes seeded from the options. */
  stickies: RoomSticky[];
  minutes?: ZoneMinutes;
  vote?: true;
  /** A participant's own copy of a zone: the zone's title without the participant (minutes group them by it). */
  personal?: string;
}

/** Room for two default stickies side by side, with gaps. */
export const zoneMinWidth = 2 * stickySizes.square.width + 3 * planSpace.gap;
const defaultZoneColor: StickyColor = 'light_yellow';
const pad = planSpace.zonePadding;

/** At most this many grid columns side by side when a section repeats per participant. */
const maxCopyColumns = 4;

/**
 * Zones in a grid of `columns`, each a tinted shape with its title and prompt at the top and room
 * for notes below. A per-participant section repeats that grid as blocks, in a balanced grid of blocks.
 */
export function layoutZonesSection(section: ZonesSection, ctx: LayoutContext): SectionBlock {
  const copies = expandZones(section, ctx);
  const columns = section.columns;
  const columnWidth = Math.max(
    zoneMinWidth,
    ...copies.flat().map((zone) => neededColumnWidth(zone, columns)),
  );
  // Every copy has the same rows; a row is as tall as its tallest zone in any copy, so blocks line up.
  const rows = copies.map((zones) => flowRows(zones, columns));
  const rowHeights = (rows[0] ?? []).map((_, r) =>
    Math.max(
      ...rows.flatMap((copy) =>
        (copy[r] ?? []).map((z) => zoneHeight(z, spanWidth(z, columnWidth, columns), ctx)),
      ),
    ),
  );
  const blockWidth = columns * columnWidth + (columns - 1) * planSpace.gap;
  const blockHeight = rowHeights.reduce((sum, h) => sum + h + planSpace.gap, -planSpace.gap);
  const perRow = balancedPerRow(copies.length, Math.max(1, Math.floor(maxCopyColumns / columns)));
  const blockGap = copies.length > 1 ? 2 * planSpace.gap : 0;
  const items: PlanItem[] = [];
  rows.forEach((copyRows, k) => {
    let y = Math.floor(k / perRow) * (blockHeight + blockGap);
    copyRows.forEach((row, r) => {
      const height = rowHeights[r] ?? 0;
      let x = (k % perRow) * (blockWidth + blockGap);
      for (const zone of row) {
        const width = spanWidth(zone, columnWidth, columns);
        items.push(...zoneItems(zone, { x, y, width, height }, ctx));
        x += width + planSpace.gap;
      }
      y += height + planSpace.gap;
    });
  });
  const blockRows = Math.ceil(copies.length / perRow);
  return {
    width: perRow * blockWidth + (perRow - 1) * blockGap,
    height: blockRows * blockHeight + (blockRows - 1) * blockGap,
    items,
    connectors: [],
  };
}

/** As many per row as allowed, but spread evenly: 6 copies at most 4 a row make two rows of 3. */
function balancedPerRow(count: number, max: number): number {
  return Math.ceil(count / Math.ceil(count / max));
}

/** The template's zones, once or once per participant (ids `${zoneId}-${n}`), with seeds filled in. */
export function expandZones(section: ZonesSection, ctx: LayoutContext): ZoneDraft[][] {
  const { locale, participants } = ctx.options;
  const copies = section.perParticipant ? Array.from({ length: participants }, (_, i) => i + 1) : [undefined];
  return copies.map((n) =>
    section.zones.map((zone) => {
      const title = zone.title[locale];
      const seedValue = zone.seed ? ctx.options[zone.seed] : undefined;
      const seedText = seedValue === undefined ? undefined : clampPlanText(seedValue);
      const id = n === undefined ? zone.id : `${zone.id}-${n}`;
      const seed: RoomSticky[] =
        seedText === undefined
          ? []
          : [{ text: seedText, size: fitSticky(seedText, ctx.measure), role: 'seed' }];
      return {
        id,
        title: n === undefined ? title : ctx.t('participantZone', { n, title }),
        ...(zone.prompt ? { prompt: zone.prompt[locale] } : {}),
        color: zone.color ?? defaultZoneColor,
        span: Math.min(zone.span ?? 1, section.columns),
        stickies: [...seed, ...seededNotes(id, ctx)],
        ...(zone.minutes ? { minutes: zone.minutes } : {}),
        ...(zone.vote ? { vote: true as const } : {}),
        ...(n === undefined ? {} : { personal: title }),
      };
    }),
  );
}

function flowRows(zones: readonly ZoneDraft[], columns: number): ZoneDraft[][] {
  const rows: ZoneDraft[][] = [];
  let row: ZoneDraft[] = [];
  let used = 0;
  for (const zone of zones) {
    if (used + zone.span > columns && row.length > 0) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(zone);
    used += zone.span;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function spanWidth(zone: ZoneDraft, columnWidth: number, columns: number): number {
  const span = Math.min(zone.span, columns);
  return span * columnWidth + (span - 1) * planSpace.gap;
}

/** A sticky wider than the default zone widens the whole grid's columns. */
function neededColumnWidth(zone: ZoneDraft, columns: number): number {
  if (zone.stickies.length === 0) return 0;
  const span = Math.min(zone.span, columns);
  return Math.ceil((roomWidth(zone.stickies) + 2 * pad - (span - 1) * planSpace.gap) / span);
}

function headerHeights(
  zone: ZoneDraft,
  width: number,
  ctx: LayoutContext,
): { title: number; prompt: number } {
  const inner = width - 2 * pad;
  return {
    title: fitTextHeight(clampPlanText(zone.title), planFont.zoneTitle, inner, ctx.measure, true),
    prompt: zone.prompt ? fitTextHeight(clampPlanText(zone.prompt), planFont.body, inner, ctx.measure) : 0,
  };
}

function roomTop(zone: ZoneDraft, width: number, ctx: LayoutContext): number {
  const { title, prompt } = headerHeights(zone, width, ctx);
  return pad + title + (prompt > 0 ? planSpace.gap / 3 + prompt : 0) + planSpace.gap;
}

function zoneHeight(zone: ZoneDraft, width: number, ctx: LayoutContext): number {
  const room = Math.max(stickySizes.square.height, flowStickies(zone.stickies, width - 2 * pad).height);
  return roomTop(zone, width, ctx) + room + pad;
}

function zoneItems(
  zone: ZoneDraft,
  rect: { x: number; y: number; width: number; height: number },
  ctx: LayoutContext,
): PlanItem[] {
  const inner = rect.width - 2 * pad;
  const meta = {
    role: 'zone',
    zoneId: zone.id,
    title: clampPlanText(zone.title),
    ...(zone.minutes ? { minutes: zone.minutes } : {}),
    ...(zone.vote ? { vote: true as const } : {}),
    ...(zone.personal === undefined ? {} : { personal: clampPlanText(zone.personal) }),
  } as const;
  const shape = createShape(ctx, rect, zoneColors(zone.color), meta);
  const title = createText(
    ctx,
    { x: rect.x + pad, y: rect.y + pad, width: inner },
    { text: zone.title, fontSize: planFont.zoneTitle, bold: true },
    'label',
  );
  const items: PlanItem[] = [shape, title];
  if (zone.prompt) {
    const at = { x: rect.x + pad, y: title.y + title.height + planSpace.gap / 3, width: inner };
    items.push(createText(ctx, at, { text: zone.prompt, fontSize: planFont.body }, 'label'));
  }
  const room = { x: rect.x + pad, y: rect.y + roomTop(zone, rect.width, ctx), width: inner };
  items.push(...roomStickyItems(ctx, zone.stickies, room, zone.color));
  return items;
}
