import { z } from 'zod';
import { type BoardPlan, fnv1aHex, type PlanItem } from '../../../shared/index.ts';
import type { PortItem, PortItemType } from './board-port.ts';
import { miroHtmlToText } from './miro-html-to-text.ts';
import { planItemContents } from './plan-to-miro.ts';

/**
 * What a generation is about to create, written into its board record before the first create. Miro
 * names an item only when it exists, so a tab closed between a create and the next checkpoint would
 * leave items no id list knows; this list makes them findable without a call per item: each item's
 * type, a hash of its text and its centre (top-level items in plan coordinates, children relative to
 * their frame's top-left corner, as Miro keeps them after `frame.add`). The board's `offset` from the
 * plan is added once the board is placed; until a checkpoint carries it, the removal finds it from the
 * top-level items (frames) it recognises by type, text and size.
 */
const number = z.number().finite();
export const expectedItemsSchema = z.object({
  offset: z.tuple([number, number]).optional(),
  /** `[type, text hash, centre x, centre y, width, height]` in plan coordinates. */
  top: z.array(z.tuple([z.string(), z.string(), number, number, number, number])).max(20_000),
  /** `[type, text hash, index in top, centre x, centre y]`, relative to that frame's top-left corner. */
  children: z.array(z.tuple([z.string(), z.string(), z.int().min(0), number, number])).max(100_000),
});
export type ExpectedItems = z.infer<typeof expectedItemsSchema>;

const miroTypes: Readonly<Record<PlanItem['kind'], PortItemType>> = {
  frame: 'frame',
  shape: 'shape',
  text: 'text',
  sticky: 'sticky_note',
};

/** The text's key: FNV-1a with its whitespace collapsed (Miro may re-space content HTML, never words). */
export function textKey(text: string): string {
  return fnv1aHex(text.replace(/\s+/g, ' ').trim());
}

/** The text of an item on the board: a frame's title, the others' content as typed. */
function boardText(item: PortItem): string {
  if (item.type === 'frame') return item.title;
  return item.type === 'connector' ? '' : miroHtmlToText(item.content ?? '');
}

/** The text the generator writes for a plan item, read back the way `boardText` reads it. */
function planText(item: PlanItem): string {
  if (item.kind === 'frame') return item.props.title;
  return miroHtmlToText(planItemContents(item)[0] ?? '');
}

/** The plan as the write-ahead list of what its generation will create (connectors go with their ends). */
export function expectedItems(plan: BoardPlan): ExpectedItems {
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const topIndex = new Map<string, number>();
  const top: ExpectedItems['top'] = [];
  const children: ExpectedItems['children'] = [];
  for (const item of plan.items) {
    const type = miroTypes[item.kind];
    const key = textKey(planText(item));
    const parent = item.parentId === null ? undefined : byId.get(item.parentId);
    const index = item.parentId === null ? undefined : topIndex.get(item.parentId);
    const cx = item.x + item.width / 2;
    const cy = item.y + item.height / 2;
    if (parent && index !== undefined) children.push([type, key, index, cx - parent.x, cy - parent.y]);
    else {
      topIndex.set(item.id, top.length);
      top.push([type, key, cx, cy, item.width, item.height]);
    }
  }
  return { top, children };
}

// Centres as created; a whole unit either way absorbs Miro's rounding, never another item's place.
const near = (a: number, b: number) => Math.abs(a - b) <= 1;
const num = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);

type Top = ExpectedItems['top'][number];

/**
 * The items of a generated board that a closed tab left unlisted, found by the record's write-ahead
 * list in one `board.get` of every type: `listed` are the ids the record has, `foreign` the ids other
 * records claim. Returns the ids of every item that is this board's, listed ones included; connectors
 * count when both ends do. A participant's note matches only if it copies a generated item's type,
 * text and place to the unit.
 */
export function findExpectedItems(
  expected: ExpectedItems,
  items: readonly PortItem[],
  listed: ReadonlySet<string>,
  foreign: ReadonlySet<string>,
): Set<string> {
  const keys = new Map<string, string>();
  const keyOf = (item: PortItem) =>
    keys.get(item.id) ?? keys.set(item.id, textKey(boardText(item))).get(item.id);
  const candidates = items.filter((item) => !foreign.has(item.id) && item.type !== 'connector');
  const isTop = (item: PortItem, e: Top) =>
    item.type === e[0] &&
    keyOf(item) === e[1] &&
    (item.type !== 'frame' || (near(num(item.width), e[4]) && near(num(item.height), e[5])));
  const childrenByKey = new Map<string, ExpectedItems['children']>();
  for (const child of expected.children) {
    const key = `${child[0]}|${child[1]}`;
    const same = childrenByKey.get(key);
    if (same) same.push(child);
    else childrenByKey.set(key, [child]);
  }
  const childrenOf = (item: PortItem) => childrenByKey.get(`${item.type}|${keyOf(item)}`) ?? [];
  const offset = expected.offset ?? inferOffset(expected, candidates, isTop, childrenOf);
  const ours = new Set(items.filter((item) => listed.has(item.id)).map((item) => item.id));
  // Top-level items first: which planned frame each of ours may be, moved or not when listed.
  const framesOf = new Map<string, number[]>();
  for (const item of candidates) {
    if (item.parentId) continue;
    const fits = expected.top.flatMap((e, i) => (isTop(item, e) ? [i] : []));
    const placed = listed.has(item.id)
      ? fits
      : fits.filter((i) => offset && atPlace(item, expected.top[i], offset));
    if (placed.length === 0) continue;
    ours.add(item.id);
    framesOf.set(item.id, placed);
  }
  for (const item of candidates) {
    if (ours.has(item.id)) continue;
    const options = childrenOf(item);
    const x = num((item as { x?: unknown }).x);
    const y = num((item as { y?: unknown }).y);
    const frames = item.parentId ? framesOf.get(item.parentId) : undefined;
    const found = options.some(([, , index, rx, ry]) => {
      // A child of one of our frames, relative to it (so a frame moved since still counts) ...
      if (frames) return frames.includes(index) && near(x, rx) && near(y, ry);
      // ... or not yet added to it, where it was created.
      const frame = expected.top[index];
      if (item.parentId || !frame || !offset) return false;
      return (
        near(x, offset[0] + frame[2] - frame[4] / 2 + rx) && near(y, offset[1] + frame[3] - frame[5] / 2 + ry)
      );
    });
    if (found) ours.add(item.id);
  }
  for (const item of items)
    if (item.type === 'connector' && !foreign.has(item.id)) {
      const ends = [item.start?.item, item.end?.item];
      if (ends.every((end) => end !== undefined && ours.has(end))) ours.add(item.id);
    }
  return ours;
}

function atPlace(item: PortItem, e: Top | undefined, offset: readonly [number, number]): boolean {
  if (!e || item.type === 'connector') return false;
  return near(item.x, e[2] + offset[0]) && near(item.y, e[3] + offset[1]);
}

/**
 * The offset most matches agree on: every item of a board was moved by one offset, so each unparented
 * item that fits a planned one by type and text votes for where the board went.
 */
function inferOffset(
  expected: ExpectedItems,
  candidates: readonly PortItem[],
  isTop: (item: PortItem, e: Top) => boolean,
  childrenOf: (item: PortItem) => ExpectedItems['children'],
): [number, number] | undefined {
  const votes = new Map<string, { offset: [number, number]; count: number }>();
  const vote = (x: number, y: number) => {
    const offset: [number, number] = [Math.round(x), Math.round(y)];
    const key = offset.join('|');
    const entry = votes.get(key) ?? { offset, count: 0 };
    entry.count += 1;
    votes.set(key, entry);
  };
  for (const item of candidates) {
    if (item.parentId || item.type === 'connector') continue;
    for (const e of expected.top) if (isTop(item, e)) vote(item.x - e[2], item.y - e[3]);
    for (const [, , index, rx, ry] of childrenOf(item)) {
      const frame = expected.top[index];
      if (frame) vote(item.x - (frame[2] - frame[4] / 2 + rx), item.y - (frame[3] - frame[5] / 2 + ry));
    }
  }
  let best: { offset: [number, number]; count: number } | undefined;
  for (const entry of votes.values()) if (!best || entry.count > best.count) best = entry;
  return best?.offset;
}
