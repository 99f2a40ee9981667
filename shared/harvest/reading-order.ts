import type { Rect } from './harvest-result.ts';

/**
 * Sorts into reading order: top to bottom, then left to right within a row. An item whose top lies
 * within the upper half of a row's first item joins that row, so a slightly lower note to the right
 * still reads after its neighbour. Ties keep the input order.
 */
export function sortInReadingOrder<T>(items: readonly T[], rectOf: (item: T) => Rect): T[] {
  const entries = items.map((item, order) => ({ item, order, rect: rectOf(item) }));
  entries.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left || a.order - b.order);
  const rows: (typeof entries)[] = [];
  let rowLimit = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    const row = rows.at(-1);
    if (row && entry.rect.top < rowLimit) row.push(entry);
    else {
      rows.push([entry]);
      rowLimit = entry.rect.top + entry.rect.height / 2;
    }
  }
  const byLeft = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    a.rect.left - b.rect.left || a.rect.top - b.rect.top || a.order - b.order;
  return rows.flatMap((row) => row.sort(byLeft)).map((e) => e.item);
}
