import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainSnapshotItem } from './is-plain-snapshot-item.ts';
import { snapshotItemSchema } from './miro-snapshot.ts';

const valid = {
  id: 'n',
  type: 'sticky_note',
  x: 1,
  y: -2,
  width: 199,
  height: 228,
  parentId: null,
  relativeTo: 'canvas_center',
  content: '<p>x</p>',
  title: 't',
  style: { fillColor: 'yellow', textAlign: 'left' },
  metadata: { netverk: { v: 1 } },
  extra: [1],
};

describe('isPlainSnapshotItem', () => {
  it.each([
    ['a full item', valid, true],
    ['a bare item', { id: 'n', type: 'shape', x: 0, y: 0 }, true],
    ['an item with a parent', { ...valid, parentId: 'f' }, true],
    ['an array', [], false],
    ['null', null, false],
    ['an empty id', { ...valid, id: '' }, false],
    ['NaN x', { ...valid, x: Number.NaN }, false],
    ['a string y', { ...valid, y: '1' }, false],
    ['a negative height', { ...valid, height: -1 }, false],
    ['a numeric parent', { ...valid, parentId: 3 }, false],
    ['an unknown relativeTo', { ...valid, relativeTo: 'x' }, false],
    ['a style without an object', { ...valid, style: 'red' }, false],
    ['a numeric fill', { ...valid, style: { fillColor: 1 } }, false],
    ['metadata as an array', { ...valid, metadata: [] }, false],
  ])('%s', (_name, item, expected) => {
    expect(isPlainSnapshotItem(item)).toBe(expected);
    // The quick check never lets through what the schema would reject.
    if (expected) expect(snapshotItemSchema.safeParse(item).success).toBe(true);
  });

  it('accepts nothing the schema rejects', () => {
    const field = fc.constantFrom(
      'id',
      'type',
      'x',
      'y',
      'width',
      'height',
      'parentId',
      'relativeTo',
      'content',
      'title',
      'style',
      'metadata',
    );
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        null,
        undefined,
        '',
        'parent_top_left',
        0,
        -1,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        {},
        [],
      ),
      fc.record({ fillColor: fc.anything() }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(field, value), { maxLength: 4 }), (changes) => {
        const item: Record<string, unknown> = { ...valid };
        for (const [key, v] of changes) item[key] = v;
        if (isPlainSnapshotItem(item)) expect(snapshotItemSchema.safeParse(item).success).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
