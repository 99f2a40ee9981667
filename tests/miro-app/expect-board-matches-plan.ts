import { expect } from 'vitest';
import { type MiroBoardRead, type MiroItem, miroHtmlToText } from '../../miro-app/src/board/index.ts';
import type { ItemData } from '../../miro-app/src/board/stand-in/index.ts';
import type { BoardPlan, GeneratedBoard, PlanItem } from '../../shared/index.ts';

const miroType = { frame: 'frame', shape: 'shape', text: 'text', sticky: 'sticky_note' } as const;

/** An item's absolute top-left box, from Miro's centre (and frame-relative) coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function absoluteBox(item: MiroItem, byId: ReadonlyMap<string, MiroItem>): Box {
  const parent = item.parentId ? byId.get(item.parentId) : undefined;
  const origin: Pick<Box, 'left' | 'top'> = parent ? absoluteBox(parent, byId) : { left: 0, top: 0 };
  const width = item.width ?? 0;
  const height = item.height ?? 0;
  return { left: origin.left + item.x - width / 2, top: origin.top + item.y - height / 2, width, height };
}

function textOf(item: MiroItem): string {
  return item.type === 'frame' ? (item.title ?? '') : miroHtmlToText(item.content ?? '');
}

function planText(item: PlanItem): string {
  return item.kind === 'frame' ? item.props.title : item.props.text;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

/** Text height is Miro's to choose: texts match by centre and width, everything else by box. */
function sameBox(
  item: PlanItem,
  box: ReturnType<typeof absoluteBox>,
  offset: { x: number; y: number },
): boolean {
  const left = item.x + offset.x;
  const top = item.y + offset.y;
  if (item.kind === 'text')
    return (
      near(box.left, left) &&
      near(box.top + box.height / 2, top + item.height / 2) &&
      near(box.width, item.width)
    );
  return (
    near(box.left, left) && near(box.top, top) && near(box.width, item.width) && near(box.height, item.height)
  );
}

/**
 * Checks a generated board against its plan: every plan item once (type, text, box within 1 unit
 * after converting back to top-left absolute, parent, its entry in the board record: role and zone),
 * every connector between the right
 * items. Returns the Miro id of each plan item.
 */
export function expectBoardMatchesPlan(
  plan: BoardPlan,
  snapshot: MiroBoardRead,
  connectors: readonly ItemData[],
  record: GeneratedBoard,
): Map<string, string> {
  const byId = new Map(snapshot.items.map((item) => [item.id, item]));
  const entry = snapshot.boards.find((stored) => stored.record.id === record.id);
  expect(entry?.complete).toBe(true);
  const listed = new Map(entry?.items.map((ref) => [ref[0], ref]));
  const frame = byId.get(record.frameId);
  const planFrame = plan.items[0];
  if (!frame || !planFrame) throw new Error('no frame');
  const frameBox = absoluteBox(frame, byId);
  const offset = { x: frameBox.left - planFrame.x, y: frameBox.top - planFrame.y };
  expect(Number.isInteger(offset.x) && Number.isInteger(offset.y)).toBe(true);
  const pool = new Set(snapshot.items.map((item) => item.id));
  const ids = new Map<string, string>();
  for (const item of plan.items) {
    const match = [...pool].find((id) => {
      const candidate = byId.get(id) as MiroItem;
      return (
        candidate.type === miroType[item.kind] &&
        textOf(candidate) === planText(item) &&
        sameBox(item, absoluteBox(candidate, byId), offset)
      );
    });
    expect(match, `plan item ${item.id} (${item.kind} "${planText(item).slice(0, 30)}")`).toBeDefined();
    const found = byId.get(match ?? '') as MiroItem;
    pool.delete(found.id);
    ids.set(item.id, found.id);
    const parent = item.parentId === null ? undefined : ids.get(item.parentId);
    expect(found.parentId ?? undefined).toBe(parent);
    if (parent) expect(found.relativeTo).toBe('parent_top_left');
    expect(listed.get(found.id)).toEqual([
      found.id,
      item.meta.role,
      ...(item.meta.zoneId ? [item.meta.zoneId] : []),
    ]);
  }
  // The record lists nothing else but the connectors.
  expect([...pool].filter((id) => listed.has(id))).toEqual([]);
  expect(connectors).toHaveLength(plan.connectors.length);
  for (const connector of plan.connectors) {
    const match = connectors.find(
      (c) =>
        (c.start as { item: string }).item === ids.get(connector.fromId) &&
        (c.end as { item: string }).item === ids.get(connector.toId),
    );
    expect(match, `connector ${connector.id}`).toBeDefined();
    const caption = (match?.captions as { content: string }[] | undefined)?.[0]?.content;
    expect(caption === undefined ? undefined : miroHtmlToText(caption)).toBe(connector.props.caption);
  }
  expect(snapshot.boards.map((stored) => stored.record)).toContainEqual(record);
  for (const connector of connectors) expect(listed.get(connector.id)).toEqual([connector.id, 'connector']);
  return ids;
}
