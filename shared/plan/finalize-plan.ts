import type { BoardPlan, FrameItem, LayoutOptions, PlanItem } from './board-plan.ts';
import { LayoutError } from './layout-error.ts';
import { planColors } from './plan-style.ts';

type CreateId = NonNullable<LayoutOptions['createId']>;

/**
 * Puts the frame first and swaps the layout's temporary keys for ids from `createId`, in reading
 * order (frame, items, connectors), so the default ids read frame-1, text-2, … Every child gets the frame as parent.
 */
export function finalizePlan(
  draft: Omit<BoardPlan, 'items'> & { items: PlanItem[] },
  frameRect: { x: number; y: number; width: number; height: number },
  createId: CreateId,
): BoardPlan {
  const ids = new Map<string, string>();
  const issued = new Set<string>();
  const issue = (key: string, kind: Parameters<CreateId>[0]) => {
    const id = createId(kind);
    if (typeof id !== 'string' || id === '')
      throw new LayoutError('createId', `createId returned no id for a ${kind}`);
    if (issued.has(id)) throw new LayoutError('createId', `createId returned the id "${id}" twice`);
    issued.add(id);
    ids.set(key, id);
    return id;
  };
  const frameId = issue('~frame', 'frame');
  const frame: FrameItem = {
    id: frameId,
    kind: 'frame',
    parentId: null,
    ...frameRect,
    props: { title: draft.title, fillColor: planColors.frame },
    meta: { role: 'frame' },
  };
  const items = draft.items.map(
    (item) => ({ ...item, id: issue(item.id, item.kind), parentId: frameId }) as PlanItem,
  );
  const connectors = draft.connectors.map((c) => ({
    ...c,
    id: issue(c.id, 'connector'),
    fromId: ids.get(c.fromId) ?? c.fromId,
    toId: ids.get(c.toId) ?? c.toId,
  }));
  return { ...draft, items: [frame, ...items], connectors };
}
