import type { PlanConnector } from './board-plan.ts';
import type { MeasureText, TextArea } from './item-text-area.ts';
import { planFont } from './plan-style.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Captions wrap at this width, so a long answer stays near its line. */
export const captionMaxWidth = 300;
export const captionPadding = 8;

/**
 * Where a connector runs: from the side of `from` that faces `to`, to the facing side of `to`
 * (bottom to top when `to` lies below, as in a layered tree; side to side when beside), or to
 * `toPosition` on `to` when the plan gives one.
 */
export function connectorSegment(from: Rect, to: Rect, toPosition?: { x: number; y: number }): Segment {
  const side = facingSides(from, to);
  if (!toPosition) return side;
  return { ...side, x2: to.x + to.width * toPosition.x, y2: to.y + to.height * toPosition.y };
}

function facingSides(from: Rect, to: Rect): Segment {
  const fromCx = from.x + from.width / 2;
  const toCx = to.x + to.width / 2;
  if (to.y >= from.y + from.height) return { x1: fromCx, y1: from.y + from.height, x2: toCx, y2: to.y };
  if (to.y + to.height <= from.y) return { x1: fromCx, y1: from.y, x2: toCx, y2: to.y + to.height };
  const fromCy = from.y + from.height / 2;
  const toCy = to.y + to.height / 2;
  if (to.x >= from.x + from.width / 2) return { x1: from.x + from.width, y1: fromCy, x2: to.x, y2: toCy };
  return { x1: from.x, y1: fromCy, x2: to.x + to.width, y2: toCy };
}

/**
 * The caption's text area inside its box: the one layout of a caption, drawn the same by the SVG
 * and the PDF (centred, the box's lines).
 */
export function captionTextArea(connector: PlanConnector, box: Rect): TextArea {
  return {
    text: connector.props.caption ?? '',
    fontSize: planFont.caption,
    x: box.x + captionPadding,
    y: box.y,
    width: box.width - 2 * captionPadding,
    height: box.height,
    align: 'center',
    valign: 'middle',
  };
}

/** The caption's box (padding included), centred on the point at `captionPosition` along the segment. */
export function captionBox(
  connector: PlanConnector,
  segment: Segment,
  measure: MeasureText,
): (Rect & { lines: string[] }) | undefined {
  const caption = connector.props.caption;
  if (caption === undefined || caption === '') return undefined;
  const t = connector.props.captionPosition ?? 0.5;
  const box = measure(caption, planFont.caption, captionMaxWidth);
  const width = box.width + 2 * captionPadding;
  const height = box.height + 2 * captionPadding;
  const cx = segment.x1 + (segment.x2 - segment.x1) * t;
  const cy = segment.y1 + (segment.y2 - segment.y1) * t;
  return { x: cx - width / 2, y: cy - height / 2, width, height, lines: box.lines };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
