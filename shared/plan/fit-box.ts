import type { StickyProps } from './board-plan.ts';
import { type MeasureText, stickyInner } from './item-text-area.ts';
import { planSpace, stickyMinFont, stickySizes } from './plan-style.ts';

export interface Size {
  width: number;
  height: number;
}

// Wide enough for any plan text (under 6,000 characters) at the smallest sticky font.
const maxFitWidth = 8_000;
/** A rhombus is this much wider than tall: flat enough to read as a decision, tall enough for text. */
export const rhombusAspect = 0.55;

/** A sticky of `width` with Miro's aspect for its shape (Miro keeps the aspect on resize). */
export function stickySize(shape: StickyProps['shape'], width: number): Size {
  const base = stickySizes[shape];
  return { width, height: Math.round((width * base.height) / base.width) };
}

/**
 * The smallest Miro-realistic sticky that holds `text` at the smallest sticky font: the default
 * square, else the default rectangle, else a rectangle scaled up (aspect kept) until it fits.
 */
export function fitSticky(text: string, measure: MeasureText): Size & { shape: StickyProps['shape'] } {
  const square = stickySize('square', stickySizes.square.width);
  if (stickyHolds(text, square, measure)) return { shape: 'square', ...square };
  return { shape: 'rectangle', ...fitStickyOfShape(text, 'rectangle', stickySizes.rectangle.width, measure) };
}

/** The narrowest sticky of `shape`, at least `minWidth` wide, that holds `text`. */
export function fitStickyOfShape(
  text: string,
  shape: StickyProps['shape'],
  minWidth: number,
  measure: MeasureText,
): Size {
  const width = smallestFitting(minWidth, maxFitWidth, (w) =>
    stickyHolds(text, stickySize(shape, w), measure),
  );
  return stickySize(shape, width);
}

export function stickyHolds(text: string, size: Size, measure: MeasureText): boolean {
  const inner = stickyInner({ x: 0, y: 0, ...size });
  const box = measure(text, stickyMinFont, inner.width);
  return box.height <= inner.height && box.width <= inner.width;
}

/** The smallest rhombus, at least `minWidth` wide, whose half-size centre holds the text. */
export function fitRhombus(text: string, fontSize: number, minWidth: number, measure: MeasureText): Size {
  const size = (w: number): Size => ({ width: w, height: Math.round(w * rhombusAspect) });
  const holds = (w: number) => {
    const { height } = size(w);
    const box = measure(text, fontSize, w / 2);
    return box.height <= height / 2 && box.width <= w / 2;
  };
  return size(smallestFitting(minWidth, maxFitWidth, holds));
}

/** Height of a rectangle of `width` holding `text` inside the shape padding. */
export function fitShapeHeight(text: string, fontSize: number, width: number, measure: MeasureText): number {
  const inner = width - 2 * planSpace.shapePadding;
  return Math.ceil(measure(text, fontSize, inner).height) + 2 * planSpace.shapePadding;
}

/** Height of a text item of `width`. */
export function fitTextHeight(
  text: string,
  fontSize: number,
  width: number,
  measure: MeasureText,
  bold = false,
): number {
  return Math.ceil(measure(text, fontSize, width, bold).height);
}

/** Binary search for the smallest integer in [lo, hi] where `fits` holds (monotone); `hi` if none. */
export function smallestFitting(lo: number, hi: number, fits: (value: number) => boolean): number {
  if (fits(lo)) return lo;
  let low = lo;
  let high = hi;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) high = mid;
    else low = mid;
  }
  return high;
}
