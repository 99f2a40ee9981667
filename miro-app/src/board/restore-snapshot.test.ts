import { describe, expect, it } from 'vitest';
import { harvestReading } from '../../../shared/index.ts';
import { decodeMiroSnapshot } from './decode-miro-snapshot.ts';
import { restoreSnapshot } from './restore-snapshot.ts';

function harvestSnapshot(snapshot: unknown) {
  const decoded = decodeMiroSnapshot(snapshot);
  return decoded.ok ? harvestReading(decoded.reading) : decoded;
}

const good = { id: 'ok', type: 'sticky_note', x: 0, y: 0, content: '<p>fine</p>' };

describe('restoreSnapshot rejects a malformed envelope with its JSON path', () => {
  it.each([
    ['null', null, '$'],
    ['an array', [], '$'],
    ['a string', 'snapshot', '$'],
    ['no version', { items: [] }, '$.snapshotVersion'],
    ['a future version', { snapshotVersion: 2, items: [] }, '$.snapshotVersion'],
    ['no items', { snapshotVersion: 1 }, '$.items'],
    ['items not a list', { snapshotVersion: 1, items: {} }, '$.items'],
  ])('%s', (_name, snapshot, path) => {
    const outcome = harvestSnapshot(snapshot);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.path).toBe(path);
      expect(outcome.error.message).not.toBe('');
    }
  });
});

describe('restoreSnapshot skips malformed items with index and reason', () => {
  const zoneMeta = { netverk: { v: 1, b: 'b', t: 't', r: 'zone' } };
  it.each([
    ['null', null, '$: '],
    ['a number', 42, '$: '],
    ['no id', { type: 'sticky_note', x: 0, y: 0 }, '$.id: '],
    ['an empty id', { id: '', type: 'sticky_note', x: 0, y: 0 }, '$.id: '],
    ['x as a string', { id: 'n', type: 'sticky_note', x: '10', y: 0 }, '$.x: '],
    ['y infinite', { id: 'n', type: 'sticky_note', x: 0, y: Number.POSITIVE_INFINITY }, '$.y: '],
    ['a negative width', { id: 'n', type: 'shape', x: 0, y: 0, width: -1 }, '$.width: '],
    [
      'an unknown relativeTo',
      { id: 'n', type: 'sticky_note', x: 0, y: 0, relativeTo: 'moon' },
      '$.relativeTo: ',
    ],
    ['content not a string', { id: 'n', type: 'sticky_note', x: 0, y: 0, content: 7 }, '$.content: '],
    ['a duplicate id', { ...good }, '$.id: duplicate id ok'],
    [
      'metadata not JSON',
      { id: 'n', type: 'shape', x: 0, y: 0, metadata: { netverk: '{' } },
      '$.metadata.netverk: not JSON',
    ],
    [
      'metadata of a future version',
      { id: 'n', type: 'shape', x: 0, y: 0, metadata: { netverk: { ...zoneMeta.netverk, v: 2 } } },
      '$.metadata.netverk.v: ',
    ],
    [
      'a parent not in the snapshot',
      { id: 'n', type: 'sticky_note', x: 0, y: 0, parentId: 'gone' },
      '$.parentId: parent gone',
    ],
    [
      'relative without a parent',
      { id: 'n', type: 'sticky_note', x: 0, y: 0, relativeTo: 'parent_top_left' },
      '$.parentId: ',
    ],
    [
      'a zone without a zone id',
      { id: 'n', type: 'shape', x: 0, y: 0, width: 9, height: 9, metadata: zoneMeta },
      // The core judges the decoded record: its zone id is missing.
      '$.zoneId: ',
    ],
    [
      'a zone without a size',
      { id: 'n', type: 'shape', x: 0, y: 0, metadata: { netverk: { ...zoneMeta.netverk, z: 'z' } } },
      '$.width: ',
    ],
  ])('%s', (_name, item, reason) => {
    const outcome = harvestSnapshot({ snapshotVersion: 1, items: [good, item, { ...good, id: 'last' }] });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.skipped).toHaveLength(1);
    expect(outcome.result.skipped[0]?.index).toBe(1);
    expect(outcome.result.skipped[0]?.reason.startsWith(reason)).toBe(true);
    expect(outcome.result.unplaced.map((n) => n.id)).toEqual(expect.arrayContaining(['ok', 'last']));
  });

  it('reports a cycle of parents instead of looping (every item caught in it: the reader reads them all)', () => {
    const items = [
      { id: 'a', type: 'frame', x: 0, y: 0, parentId: 'b' },
      { id: 'b', type: 'frame', x: 0, y: 0, parentId: 'a' },
      { id: 'n', type: 'sticky_note', x: 0, y: 0, parentId: 'a', content: 'x' },
    ];
    const outcome = harvestSnapshot({ snapshotVersion: 1, items });
    expect(outcome.ok && outcome.result.skipped).toEqual([
      { index: 0, reason: '$.parentId: parents form a cycle' },
      { index: 1, reason: '$.parentId: parents form a cycle' },
      { index: 2, reason: '$.parentId: parents form a cycle' },
    ]);
  });

  it('passes unknown item types and fields, and reads metadata stored as a JSON string', () => {
    const meta = JSON.stringify({ v: 1, b: 'b', t: 't', r: 'zone', z: 'z' });
    const items = [
      { id: 'img', type: 'image', x: 0, y: 0, url: 'x' },
      { id: 'z', type: 'shape', x: 0, y: 0, width: 10, height: 10, metadata: { netverk: meta }, extra: true },
    ];
    const restored = restoreSnapshot({ snapshotVersion: 1, items });
    expect(restored.ok && restored.value.items.map((i) => [i.item.id, i.meta?.z])).toEqual([
      ['img', undefined],
      ['z', 'z'],
    ]);
  });
});
