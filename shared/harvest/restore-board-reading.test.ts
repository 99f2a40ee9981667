import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingItemSchema } from './board-reading.ts';
import { harvestReading } from './harvest-reading.ts';
import { isPlainReadingItem } from './is-plain-reading-item.ts';
import { restoreBoardReading } from './restore-board-reading.ts';

const good = { id: 'ok', kind: 'sticky', x: 0, y: 0, width: 10, height: 10, text: 'fine' };

describe('restoreBoardReading rejects a malformed envelope with its JSON path', () => {
  it.each([
    ['null', null, '$'],
    ['an array', [], '$'],
    ['no version', { items: [] }, '$.readingVersion'],
    ['a future version', { readingVersion: 2, items: [] }, '$.readingVersion'],
    ['a Miro snapshot', { snapshotVersion: 1, items: [] }, '$.readingVersion'],
    ['no items', { readingVersion: 1 }, '$.items'],
    ['items not a list', { readingVersion: 1, items: {} }, '$.items'],
  ])('%s', (_name, reading, path) => {
    const outcome = harvestReading(reading);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.path).toBe(path);
      expect(outcome.error.message).not.toBe('');
    }
  });
});

describe('restoreBoardReading skips malformed items with index and reason', () => {
  it.each([
    ['null', null, '$: '],
    ['no id', { ...good, id: undefined }, '$.id: '],
    ['x as a string', { ...good, x: '1' }, '$.x: '],
    ['a negative width', { ...good, width: -1 }, '$.width: '],
    ['no text', { ...good, text: undefined }, '$.text: '],
    ['a board id too long', { ...good, boardId: 'b'.repeat(41) }, '$.boardId: '],
    ['a duplicate id', { ...good }, '$.id: duplicate id ok'],
    [
      'a zone without a zone id',
      { ...good, id: 'n', kind: 'shape', boardId: 'b', role: 'zone' },
      '$.zoneId: ',
    ],
    ['a zone without a board', { ...good, id: 'n', kind: 'shape', role: 'zone', zoneId: 'z' }, '$.boardId: '],
    [
      'a zone of no size',
      { ...good, id: 'n', kind: 'shape', boardId: 'b', role: 'zone', zoneId: 'z', width: 0 },
      '$.width: ',
    ],
  ])('%s', (_name, item, reason) => {
    const outcome = harvestReading({ readingVersion: 1, items: [good, item, { ...good, id: 'last' }] });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.skipped).toHaveLength(1);
    expect(outcome.result.skipped[0]?.index).toBe(1);
    expect(outcome.result.skipped[0]?.reason.startsWith(reason)).toBe(true);
    expect(outcome.result.unplaced.map((n) => n.id)).toEqual(['ok', 'last']);
  });

  it('passes on what the reader skipped, keeps unknown kinds and fields, drops malformed records', () => {
    const restored = restoreBoardReading({
      readingVersion: 1,
      items: [{ ...good, kind: 'image', extra: true }],
      boards: [{ id: 'b1' }],
      skipped: [{ index: 4, reason: '$.parentId: gone' }, 'noise'],
    });
    expect(restored.ok && restored.value).toEqual({
      items: [{ index: 0, item: { ...good, kind: 'image', extra: true } }],
      boards: [],
      skipped: [{ index: 4, reason: '$.parentId: gone' }],
    });
  });
});

describe('isPlainReadingItem', () => {
  it('accepts nothing the schema rejects', () => {
    const field = fc.constantFrom(
      'id',
      'kind',
      'x',
      'y',
      'width',
      'height',
      'text',
      'color',
      'boardId',
      'role',
    );
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom(null, undefined, '', 0, -1, Number.NaN, 'x'.repeat(90)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(field, value), { maxLength: 4 }), (changes) => {
        const item: Record<string, unknown> = { ...good, boardId: 'b', role: 'seed' };
        for (const [key, v] of changes) item[key] = v;
        if (isPlainReadingItem(item)) expect(readingItemSchema.safeParse(item).success).toBe(true);
      }),
      { numRuns: 2_000 },
    );
    expect(isPlainReadingItem(good)).toBe(true);
    expect(isPlainReadingItem({ ...good, width: -1 })).toBe(false);
  });
});

describe('board records in a reading', () => {
  it('keeps a record whose zone titles are malformed, without the titles', () => {
    const record = {
      id: 'b1',
      templateId: 't',
      templateVersion: 1,
      locale: 'en',
      title: 'T',
      frameId: 'f',
      createdAt: 'x',
      zoneTitles: { z: 7 },
    };
    const restored = restoreBoardReading({ readingVersion: 1, items: [], boards: [record] });
    expect(restored.ok && restored.value.boards.map((b) => [b.id, b.zoneTitles])).toEqual([
      ['b1', undefined],
    ]);
  });
});
