import type { ReadingItem } from './board-reading.ts';

/** Largest width and height of a dot (a dot-vote sticker), board units. */
const maxDotSize = 60;

/** A dot (dot vote) on a board reading: a small textless circle. */
export function isDotItem(item: ReadingItem): boolean {
  return (
    item.kind === 'shape' &&
    item.shape === 'circle' &&
    item.text.trim() === '' &&
    item.width <= maxDotSize &&
    item.height <= maxDotSize
  );
}
