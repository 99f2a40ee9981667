import {
  type BoardPlan,
  maxPlanTextLength,
  type PlanItem,
  type ShapeItem,
  type StickyColor,
  type StickyItem,
} from '../../../shared/index.ts';

/** Miro's default square sticky and the plan's spacing (board units, as in the core's layout). */
const sticky = { width: 199, height: 228 };
const gap = 24;
const pad = 24;
/** More lines than this in one field go on the last sticky together, so a zone stays readable. */
export const maxStickiesPerZone = 12;

type Rect = { x: number; y: number; width: number; height: number };
type Placed = { zone: ShapeItem; notes: { text: string; x: number; y: number }[]; extra: number };

/**
 * Puts a draft's field texts into a board plan as sticky notes inside their zone shapes, one line
 * per sticky, after what the layout already placed there. Zones grow (a whole grid row at once)
 * and everything below moves down, so nothing overlaps.
 */
export function seedDraftStickies(
  plan: BoardPlan,
  fields: Readonly<Record<string, string>>,
  colorOf: (zoneId: string) => StickyColor,
): BoardPlan {
  const placed = plan.items.flatMap((item) => {
    if (item.kind !== 'shape' || item.meta.role !== 'zone' || !item.meta.zoneId) return [];
    const notes = splitNotes(fields[item.meta.zoneId] ?? '');
    return notes.length > 0 ? [placeNotes(item, notes, plan.items)] : [];
  });
  const rows = rowExtras(placed);
  const shift = (y: number) => rows.reduce((sum, row) => sum + (row.bottom <= y ? row.extra : 0), 0);
  const total = rows.reduce((sum, row) => sum + row.extra, 0);
  const items = plan.items.map((item): PlanItem => {
    if (item.kind === 'frame') return { ...item, height: item.height + total };
    const grow = item.meta.role === 'zone' ? (rows.find((r) => r.top === item.y)?.extra ?? 0) : 0;
    return { ...item, y: item.y + shift(item.y), height: item.height + grow };
  });
  let n = 0;
  for (const { zone, notes } of placed) {
    const zoneId = zone.meta.zoneId ?? '';
    const stickies = notes.map((note): StickyItem => {
      n += 1;
      return {
        id: uniqueId(`draft-sticky-${n}`, plan.items),
        kind: 'sticky',
        parentId: zone.parentId,
        x: note.x,
        y: note.y + shift(zone.y),
        ...sticky,
        props: { text: note.text, color: colorOf(zoneId), shape: 'square' },
        meta: { role: 'seed' },
      };
    });
    // Reading order: the notes follow the last item lying in their zone.
    const after = lastIndexInside(items, zone);
    items.splice(after + 1, 0, ...stickies);
  }
  return { ...plan, items };
}

/** One note per non-empty line, bullets dropped; the tail beyond the limit shares the last note. */
export function splitNotes(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  const kept = lines.slice(0, maxStickiesPerZone - 1);
  const rest = lines.slice(maxStickiesPerZone - 1);
  if (rest.length > 0) kept.push(rest.join('\n'));
  return kept.map((line) => line.slice(0, maxPlanTextLength));
}

function placeNotes(zone: ShapeItem, texts: string[], all: readonly PlanItem[]): Placed {
  const inside = all.filter((item) => item !== zone && item.kind !== 'frame' && contains(zone, item));
  const labels = inside.filter((item) => item.kind === 'text');
  const top = Math.max(zone.y + pad, ...labels.map((l) => l.y + l.height + gap));
  const left = zone.x + pad;
  const right = zone.x + zone.width - pad;
  // Start beside whatever the layout put in the room (the theme title's seed note).
  const present = inside.filter((item) => item.kind === 'sticky');
  let x = Math.max(left, ...present.map((s) => s.x + s.width + gap));
  let y = top;
  let rowHeight = Math.max(sticky.height, ...present.map((s) => s.height));
  const notes: Placed['notes'] = [];
  for (const text of texts) {
    if (x + sticky.width > right && x > left) {
      y += rowHeight + gap;
      x = left;
      rowHeight = sticky.height;
    }
    notes.push({ text, x, y });
    x += sticky.width + gap;
  }
  const extra = Math.max(0, y + rowHeight + pad - (zone.y + zone.height));
  return { zone, notes, extra };
}

/** Zones side by side share a row: the row grows by its neediest zone. */
function rowExtras(placed: readonly Placed[]): { top: number; bottom: number; extra: number }[] {
  const rows = new Map<number, { top: number; bottom: number; extra: number }>();
  for (const { zone, extra } of placed) {
    const row = rows.get(zone.y) ?? { top: zone.y, bottom: zone.y + zone.height, extra: 0 };
    row.extra = Math.max(row.extra, extra);
    row.bottom = Math.max(row.bottom, zone.y + zone.height);
    rows.set(zone.y, row);
  }
  return [...rows.values()].filter((row) => row.extra > 0);
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function lastIndexInside(items: readonly PlanItem[], zone: ShapeItem): number {
  const grown = items.find((item) => item.id === zone.id) ?? zone;
  let last = items.indexOf(grown);
  items.forEach((item, i) => {
    if (i > last && item.kind !== 'frame' && contains(grown, item)) last = i;
  });
  return last;
}

function uniqueId(wanted: string, items: readonly PlanItem[]): string {
  let id = wanted;
  while (items.some((item) => item.id === id)) id = `${id}-x`;
  return id;
}
