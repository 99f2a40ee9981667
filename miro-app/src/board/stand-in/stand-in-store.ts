import type { Json, Rect } from '@mirohq/websdk-types';
import { fail } from './fail.ts';
import type { ItemData } from './item-data.ts';
import type { StandInSwitches } from './stand-in-options.ts';

export interface StoredItem {
  data: ItemData;
  metadata: Record<string, Json>;
}

/** The stand-in's whole board: items in creation order (= z-order), app data, storage, viewport. */
export interface StandInStore {
  items: Map<string, StoredItem>;
  appData: Record<string, Json>;
  storage: Map<string, Map<string, Json>>;
  viewport: Rect;
  /** The items the last `viewport.zoomTo` showed (the preview marks them as the current block). */
  zoomedTo: string[];
}

/** An absolute rectangle, top-left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

export function requireItem(store: StandInStore, id: string): StoredItem {
  return store.items.get(id) ?? fail(`Item with id "${id}" was not found on the board`);
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** The item's absolute box; a connector's spans the centres of its ends. */
export function absoluteBox(store: StandInStore, data: ItemData): Box {
  if (data.type === 'connector') {
    const ends = [data.start, data.end].map((end) => {
      const item = store.items.get((end as { item?: string } | undefined)?.item ?? '');
      const box = item ? absoluteBox(store, item.data) : { left: 0, top: 0, width: 0, height: 0 };
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    const [a = { x: 0, y: 0 }, b = { x: 0, y: 0 }] = ends;
    return {
      left: Math.min(a.x, b.x),
      top: Math.min(a.y, b.y),
      width: Math.abs(a.x - b.x),
      height: Math.abs(a.y - b.y),
    };
  }
  const width = num(data.width);
  const height = num(data.height);
  const parent = data.parentId ? store.items.get(data.parentId) : undefined;
  const origin = parent ? absoluteBox(store, parent.data) : { left: 0, top: 0 };
  return {
    left: origin.left + num(data.x) - width / 2,
    top: origin.top + num(data.y) - height / 2,
    width,
    height,
  };
}

function inside(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}

/** Makes `itemId` a child of `frameId`, keeping its place on the board: x, y become frame-relative. */
export function addToFrame(
  store: StandInStore,
  frameId: string,
  itemId: string,
  switches: StandInSwitches,
): ItemData {
  const frame = requireItem(store, frameId);
  const item = requireItem(store, itemId);
  if (frame.data.type !== 'frame') fail('Only frames can be parents');
  if (item.data.type === 'frame' || item.data.type === 'connector')
    fail(`Invalid child: a ${item.data.type} cannot be added to a frame`);
  const box = absoluteBox(store, item.data);
  const frameBox = absoluteBox(store, frame.data);
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  if (switches.addRequiresInside && !inside(frameBox, centre.x, centre.y))
    fail(`Invalid child: item "${itemId}" lies outside frame "${frameId}"`);
  const old = item.data.parentId ? store.items.get(item.data.parentId) : undefined;
  if (old) old.data.childrenIds = (old.data.childrenIds as string[]).filter((id) => id !== itemId);
  frame.data.childrenIds = [...(frame.data.childrenIds as string[]), itemId];
  item.data = {
    ...item.data,
    parentId: frameId,
    relativeTo: 'parent_top_left',
    x: centre.x - frameBox.left,
    y: centre.y - frameBox.top,
  };
  return item.data;
}

/** The topmost frame whose box holds the point, if any. */
export function frameAt(store: StandInStore, x: number, y: number): StoredItem | undefined {
  let found: StoredItem | undefined;
  for (const item of store.items.values())
    if (item.data.type === 'frame' && inside(absoluteBox(store, item.data), x, y)) found = item;
  return found;
}

/** Children of a frame must stay inside it: Miro rejects a resize that would leave one out. */
export function checkChildrenInside(store: StandInStore, frame: ItemData): void {
  for (const id of (frame.childrenIds as string[] | undefined) ?? []) {
    const child = store.items.get(id);
    if (!child) continue;
    const x = num(child.data.x);
    const y = num(child.data.y);
    if (x < 0 || y < 0 || x > num(frame.width) || y > num(frame.height))
      fail('Invalid frame size: a child item would fall outside the frame');
  }
}

/** Removes an item, its connectors and (by switch) a frame's children; returns everything removed. */
export function removeFromStore(store: StandInStore, id: string, switches: StandInSwitches): ItemData[] {
  const item = requireItem(store, id);
  const removed: ItemData[] = [];
  const children = (item.data.childrenIds as string[] | undefined) ?? [];
  for (const childId of children) {
    const child = store.items.get(childId);
    if (!child) continue;
    if (switches.removeFrameRemovesChildren) removed.push(...removeFromStore(store, childId, switches));
    else {
      const box = absoluteBox(store, child.data);
      child.data = {
        ...child.data,
        parentId: null,
        relativeTo: 'canvas_center',
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
      };
    }
  }
  const parent = item.data.parentId ? store.items.get(item.data.parentId) : undefined;
  if (parent)
    parent.data.childrenIds = (parent.data.childrenIds as string[]).filter((childId) => childId !== id);
  store.items.delete(id);
  removed.push(item.data);
  for (const other of [...store.items.values()]) {
    const ends = [other.data.start, other.data.end] as ({ item?: string } | undefined)[];
    if (other.data.type === 'connector' && ends.some((end) => end?.item === id)) {
      store.items.delete(other.data.id);
      removed.push(other.data);
    }
  }
  return removed;
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/** The free area nearest to the requested centre, searched ring by ring on a half-size grid. */
export function findEmptySpace(store: StandInStore, area: Rect & { offset?: number }): Rect {
  const offset = area.offset ?? 0;
  const boxes = [...store.items.values()]
    .filter((item) => item.data.type !== 'connector')
    .map((item) => absoluteBox(store, item.data));
  const stepX = Math.max(1, (area.width + offset) / 2);
  const stepY = Math.max(1, (area.height + offset) / 2);
  for (let ring = 0; ring < 400; ring += 1) {
    const candidates: { x: number; y: number }[] = [];
    for (let i = -ring; i <= ring; i += 1)
      for (let j = -ring; j <= ring; j += 1)
        if (Math.max(Math.abs(i), Math.abs(j)) === ring)
          candidates.push({ x: area.x + i * stepX, y: area.y + j * stepY });
    candidates.sort(
      (a, b) => Math.hypot(a.x - area.x, a.y - area.y) - Math.hypot(b.x - area.x, b.y - area.y),
    );
    for (const { x, y } of candidates) {
      const wanted = {
        left: x - area.width / 2 - offset,
        top: y - area.height / 2 - offset,
        width: area.width + 2 * offset,
        height: area.height + 2 * offset,
      };
      if (!boxes.some((box) => overlaps(box, wanted)))
        return { x, y, width: area.width, height: area.height };
    }
  }
  return fail('No empty space found near the requested position');
}
