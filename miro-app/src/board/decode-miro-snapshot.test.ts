import { describe, expect, it } from 'vitest';
import { type HarvestResult, harvestReading } from '../../../shared/index.ts';
import { hostileTexts } from '../../../tests/fixtures/build-snapshot.ts';
import { decodeMiroSnapshot } from './decode-miro-snapshot.ts';
import type { SnapshotItem } from './miro-snapshot.ts';
import { textToMiroHtml } from './text-to-miro-html.ts';

/** Miro's JSON, decoded by the adapter, harvested by the core: the whole inbound path. */
function harvestSnapshot(snapshot: unknown) {
  const decoded = decodeMiroSnapshot(snapshot);
  return decoded.ok ? harvestReading(decoded.reading) : decoded;
}

const meta = (r: string, z?: string) => ({
  netverk: { v: 1, b: 'b1', t: 'theme-canvas', r, ...(z ? { z } : {}) },
});

/** A zone shape as Miro reports it: a frame child, centre relative to the frame's top-left. */
function zone(z: string, left: number, top: number, width: number, height: number, title = z): SnapshotItem {
  const centre = { x: left + width / 2, y: top + height / 2 };
  const content = textToMiroHtml(`${title}\nprompt`);
  return {
    id: `s-${z}`,
    type: 'shape',
    parentId: 'f1',
    ...centre,
    width,
    height,
    content,
    metadata: meta('zone', z),
  };
}

// One generated board: its frame's top-left is (1000, 2000), so frame-relative and absolute differ.
const baseItems: SnapshotItem[] = [
  {
    id: 'f1',
    type: 'frame',
    x: 1500,
    y: 2400,
    width: 1000,
    height: 800,
    title: 'Frame title',
    metadata: meta('frame'),
  },
  zone('a', 100, 100, 200, 200),
  zone('b', 300, 100, 200, 200),
  zone('c', 600, 100, 300, 400),
  zone('d', 650, 150, 100, 100),
];

function sticky(id: string, x: number, y: number, extra: Partial<SnapshotItem> = {}): SnapshotItem {
  return { id, type: 'sticky_note', x, y, content: textToMiroHtml(`note ${id}`), ...extra };
}

function harvest(items: unknown[], boards?: unknown[]): HarvestResult {
  const outcome = harvestSnapshot({ snapshotVersion: 1, items, ...(boards ? { boards } : {}) });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

function zoneOf(result: HarvestResult, id: string): string | null | undefined {
  for (const z of result.boards.flatMap((b) => b.zones))
    if (z.notes.some((n) => n.id === id)) return z.zoneId;
  return result.unplaced.some((n) => n.id === id) ? null : undefined;
}

const child = { parentId: 'f1', relativeTo: 'parent_top_left' } as const;

describe('harvestSnapshot places a note by its centre', () => {
  it.each([
    ['inside a zone, absolute', sticky('n', 1200, 2200), 'a'],
    ['inside a zone, frame child', sticky('n', 200, 200, child), 'a'],
    ['a frame child by parentId alone', sticky('n', 400, 200, { parentId: 'f1' }), 'b'],
    ['on the outer edge of a zone', sticky('n', 1100, 2100), 'a'],
    ['on the bottom-right corner', sticky('n', 1300, 2300), 'a'],
    ['on the edge two equal zones share: the left one', sticky('n', 300, 200, child), 'a'],
    ['in a zone inside a zone: the smaller', sticky('n', 700, 200, child), 'd'],
    ['in the outer zone only', sticky('n', 700, 400, child), 'c'],
    ['in the frame, in a gap', sticky('n', 550, 200, child), null],
    ['in the frame title band', sticky('n', 500, 50, child), null],
    ['outside every frame', sticky('n', -5000, 9000), null],
    ['absolute coordinates read as relative would be outside', sticky('n', 200, 200), null],
    ['rotated: rotation is ignored', sticky('n', 1200, 2200, { rotation: 45 }), 'a'],
    ['body mostly outside, centre inside', sticky('n', 101, 101, { ...child, width: 600, height: 600 }), 'a'],
  ])('%s', (_name, note, expected) => {
    expect(zoneOf(harvest([...baseItems, note]), 'n')).toBe(expected);
  });
});

describe('harvestSnapshot chooses participant notes', () => {
  it.each([
    ['a note without metadata', {}, true],
    ['a generated seed note', { metadata: meta('seed') }, false],
    ['a generated card note', { metadata: meta('card') }, true],
    ['a note with broken metadata', { metadata: { netverk: { v: 2 } } }, true],
    ['a note with another app’s metadata', { metadata: { other: { r: 'seed' } } }, true],
    ['an empty note', { content: '<p></p>' }, false],
    ['a note of spaces', { content: '<p>&nbsp; </p>' }, false],
    ['a note without content', { content: undefined }, false],
  ])('%s', (_name, extra, kept) => {
    const note = { ...sticky('n', 1200, 2200), ...extra };
    expect(zoneOf(harvest([...baseItems, note]), 'n')).toBe(kept ? 'a' : undefined);
  });
});

describe('harvestSnapshot keeps text and colour', () => {
  it.each(hostileTexts)('gives back %j exactly', (text) => {
    const result = harvest([...baseItems, sticky('n', 1200, 2200, { content: textToMiroHtml(text) })]);
    expect(result.boards[0]?.zones[0]?.notes).toEqual([{ id: 'n', text }]);
  });

  it('keeps the colour name when there is one', () => {
    const result = harvest([sticky('n', 0, 0, { style: { fillColor: 'light_pink' } })]);
    expect(result.unplaced).toEqual([{ id: 'n', text: 'note n', color: 'light_pink' }]);
  });
});

describe('harvestSnapshot orders and names', () => {
  it('lists zones and notes in reading order, zone titles from the first line', () => {
    const notes = [
      sticky('n3', 150, 250, child),
      sticky('n1', 150, 150, child),
      sticky('n2', 250, 160, child),
    ];
    const result = harvest([...notes, ...baseItems.slice().reverse()]);
    const board = result.boards[0];
    expect(board?.zones.map((z) => `${z.zoneId}:${z.title}`)).toEqual(['a:a', 'b:b', 'c:c', 'd:d']);
    expect(board?.zones[0]?.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it.each([
    ['the frame title', undefined, 'Frame title'],
    [
      'the board record',
      [
        {
          id: 'b1',
          templateId: 'tpl',
          templateVersion: 1,
          locale: 'sv',
          title: 'Rec',
          frameId: 'f1',
          createdAt: 'x',
        },
      ],
      'Rec',
    ],
    ['the frame title when the record is malformed', [{ id: 'b1' }], 'Frame title'],
  ])('titles a board from %s', (_name, boards, title) => {
    expect(harvest(baseItems, boards).boards[0]?.title).toBe(title);
  });

  it('falls back to the board id without frame or record, and groups boards by id', () => {
    const other = {
      ...zone('a', 0, 0, 50, 50),
      id: 'other',
      parentId: null,
      metadata: { netverk: { v: 1, b: 'b2', t: 't2', r: 'zone', z: 'a' } },
    };
    const result = harvest([...baseItems, other]);
    expect(result.boards.map((b) => [b.boardId, b.templateId, b.title])).toEqual([
      ['b2', 't2', 'b2'],
      ['b1', 'theme-canvas', 'Frame title'],
    ]);
  });

  it('merges the zones of a duplicated board', () => {
    const copy = { ...zone('a', 100, 100, 200, 200), id: 'copy', parentId: null, x: 5000, y: 5000 };
    const result = harvest([...baseItems, copy, sticky('n', 5000, 5000), sticky('m', 1200, 2200)]);
    expect(result.boards[0]?.zones.find((z) => z.zoneId === 'a')?.notes.map((n) => n.id)).toEqual(['m', 'n']);
  });
});
