import { describe, expect, it } from 'vitest';
import type { Rect } from './harvest-result.ts';
import { sortInReadingOrder } from './reading-order.ts';

const r = (id: string, left: number, top: number, width = 100, height = 100) => ({
  id,
  rect: { left, top, width, height },
});
const ids = (items: { id: string; rect: Rect }[]) =>
  sortInReadingOrder(items, (i) => i.rect).map((i) => i.id);

describe('sortInReadingOrder', () => {
  it.each([
    ['a row, shuffled', [r('c', 200, 0), r('a', 0, 0), r('b', 100, 0)], 'abc'],
    ['two rows', [r('d', 100, 200), r('b', 100, 0), r('c', 0, 200), r('a', 0, 0)], 'abcd'],
    [
      'a slightly lower note to the right stays in the row',
      [r('b', 100, 40), r('a', 0, 0), r('c', 0, 120)],
      'abc',
    ],
    ['half a height lower starts a new row', [r('b', 0, 50), r('a', 100, 0)], 'ab'],
    ['equal rectangles keep their order', [r('a', 0, 0), r('b', 0, 0)], 'ab'],
    ['zero-height items each make a row unless level', [r('b', 50, 1, 0, 0), r('a', 0, 0, 0, 0)], 'ab'],
    ['nothing', [], ''],
  ])('%s', (_name, items, expected) => {
    expect(ids(items).join('')).toBe(expected);
  });
});
