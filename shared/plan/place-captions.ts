import type { PlanConnector, PlanItem } from './board-plan.ts';
import { captionBox, connectorSegment, type Rect } from './connector-geometry.ts';
import type { MeasureText } from './item-text-area.ts';

/** Positions tried along a connector, best first: the middle, then fanning out to both ends. */
const positions = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88] as const;

/**
 * Sets each caption's position along its connector so captions overlap each other and the items
 * as little as possible: greedy, in connector order, taking the first position with no overlap.
 */
export function placeCaptions(
  connectors: readonly PlanConnector[],
  items: readonly PlanItem[],
  measure: MeasureText,
): PlanConnector[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed: Rect[] = [];
  return connectors.map((connector) => {
    const from = byId.get(connector.fromId);
    const to = byId.get(connector.toId);
    if (!from || !to || !connector.props.caption) return connector;
    const segment = connectorSegment(from, to, connector.props.toPosition);
    let best = { position: 0.5, cost: Number.POSITIVE_INFINITY, box: undefined as Rect | undefined };
    for (const position of positions) {
      const candidate = { ...connector, props: { ...connector.props, captionPosition: position } };
      const box = captionBox(candidate, segment, measure);
      if (!box) continue;
      const cost = overlapArea(box, placed) + overlapArea(box, items);
      if (cost < best.cost) best = { position, cost, box };
      if (cost === 0) break;
    }
    if (best.box) placed.push(best.box);
    return { ...connector, props: { ...connector.props, captionPosition: best.position } };
  });
}

function overlapArea(box: Rect, others: readonly Rect[]): number {
  let area = 0;
  for (const other of others) {
    const w = Math.min(box.x + box.width, other.x + other.width) - Math.max(box.x, other.x);
    const h = Math.min(box.y + box.height, other.y + other.height) - Math.max(box.y, other.y);
    if (w > 0 && h > 0) area += w * h;
  }
  return area;
}
