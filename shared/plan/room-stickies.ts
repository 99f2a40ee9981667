import type { StickyColor } from '../templates/sticky-colors.ts';
import type { StickyItem } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { fitSticky, type Size } from './fit-box.ts';
import type { LayoutContext } from './layout-context.ts';
import { createSticky } from './plan-items.ts';
import { planSpace } from './plan-style.ts';

/** A sticky the layout puts in a zone's room: the theme seed, or a note seeded from the options. */
export interface RoomSticky {
  text: string;
  size: Size & { shape: 'square' | 'rectangle' };
  role: 'seed' | 'note';
}

/** The notes `options.notes` seeds into a zone, sized like Miro's stickies for their text. */
export function seededNotes(zoneId: string, ctx: LayoutContext): RoomSticky[] {
  return (ctx.options.notes[zoneId] ?? []).map((note) => {
    const text = clampPlanText(note);
    return { text, size: fitSticky(text, ctx.measure), role: 'note' };
  });
}

/** The widest sticky of a room, 0 for none: a zone is at least this wide inside. */
export function roomWidth(stickies: readonly RoomSticky[]): number {
  return Math.max(0, ...stickies.map((sticky) => sticky.size.width));
}

/**
 * Stickies in rows, left to right, wrapping at `width`: positions relative to the room's top-left,
 * and the room's height (0 for none). A sticky wider than the room gets a row of its own.
 */
export function flowStickies(
  stickies: readonly RoomSticky[],
  width: number,
): { at: { x: number; y: number }[]; height: number } {
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const sticky of stickies) {
    if (x > 0 && x + sticky.size.width > width) {
      y += rowHeight + planSpace.gap;
      x = 0;
      rowHeight = 0;
    }
    at.push({ x, y });
    x += sticky.size.width + planSpace.gap;
    rowHeight = Math.max(rowHeight, sticky.size.height);
  }
  return { at, height: stickies.length === 0 ? 0 : y + rowHeight };
}

/** The room's stickies as plan items, from the room's top-left corner. */
export function roomStickyItems(
  ctx: LayoutContext,
  stickies: readonly RoomSticky[],
  room: { x: number; y: number; width: number },
  color: StickyColor,
): StickyItem[] {
  const { at } = flowStickies(stickies, room.width);
  return stickies.map((sticky, i) => {
    const point = at[i] ?? { x: 0, y: 0 };
    const position = { x: room.x + point.x, y: room.y + point.y };
    return createSticky(ctx, position, sticky.size, { text: sticky.text, color }, sticky.role);
  });
}
