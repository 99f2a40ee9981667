import type { SnapshotItem } from './board-snapshot.ts';
import type { Rect } from './harvest-result.ts';

export type RectResolution = { ok: true; rect: Rect } | { ok: false; reason: string };

/** Reads an item's absolute rectangle, given the snapshot's items by id. */
export type RectResolver = (item: SnapshotItem) => RectResolution;

function isChild(item: SnapshotItem): boolean {
  return (item.parentId ?? '') !== '' || item.relativeTo === 'parent_top_left';
}

/**
 * Converts Miro's coordinates (centre; a frame's children relative to the frame's top-left corner)
 * to absolute top-left rectangles. Missing size counts as 0; parents are resolved once each.
 */
export function createRectResolver(byId: ReadonlyMap<string, SnapshotItem>): RectResolver {
  const memo = new Map<string, RectResolution>();
  const resolving = new Set<string>();
  function resolve(item: SnapshotItem): RectResolution {
    const known = memo.get(item.id);
    if (known) return known;
    const width = item.width ?? 0;
    const height = item.height ?? 0;
    let origin = { left: 0, top: 0 };
    if (isChild(item)) {
      const parent = item.parentId ? byId.get(item.parentId) : undefined;
      if (!parent)
        return {
          ok: false,
          reason: `$.parentId: parent ${item.parentId ?? '(none)'} is not in the snapshot`,
        };
      if (resolving.has(item.id)) return { ok: false, reason: '$.parentId: parents form a cycle' };
      resolving.add(item.id);
      const parentRect = resolve(parent);
      resolving.delete(item.id);
      if (!parentRect.ok) return parentRect;
      origin = { left: parentRect.rect.left, top: parentRect.rect.top };
    }
    const rect = {
      left: origin.left + item.x - width / 2,
      top: origin.top + item.y - height / 2,
      width,
      height,
    };
    const resolution: RectResolution = { ok: true, rect };
    memo.set(item.id, resolution);
    return resolution;
  }
  return resolve;
}
