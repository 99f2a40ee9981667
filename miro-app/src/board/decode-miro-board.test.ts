import { describe, expect, it } from 'vitest';
import { type GeneratedBoard, type HarvestResult, harvestReading } from '../../../shared/index.ts';
import { hostileTexts } from '../../../tests/fixtures/build-snapshot.ts';
import type { StoredBoard } from './board-records.ts';
import { decodeMiroBoard } from './decode-miro-board.ts';
import type { MiroItem } from './miro-item.ts';
import { textToMiroHtml } from './text-to-miro-html.ts';

/** A Miro item, and for a generated one its role (and zone) as the board record lists it. */
type Item = MiroItem & { member?: [role: string, zone?: string]; rotation?: number };

const record: GeneratedBoard = {
  id: 'b1',
  templateId: 'theme-canvas',
  templateVersion: 1,
  locale: 'sv',
  title: 'Rec',
  frameId: 'f1',
  createdAt: '2026-01-01T00:00:00Z',
};

/** The record of board b1, listing the items that carry a role. */
function entry(items: readonly Item[]): StoredBoard {
  const refs = items.flatMap(({ id, member }): StoredBoard['items'] => {
    if (!member) return [];
    const [role, zone] = member;
    return [zone === undefined ? [id, role] : [id, role, zone]];
  });
  return { record, items: refs, complete: true };
}

const strip = (items: readonly Item[]): MiroItem[] => items.map(({ member: _member, ...item }) => item);

/** Miro's items decoded by the adapter, harvested by the core: the whole inbound path. */
function harvest(items: Item[]): HarvestResult {
  const outcome = harvestReading(decodeMiroBoard({ items: strip(items), boards: [entry(items)] }));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

/** A zone shape as Miro reports it: a frame child, centre relative to the frame's top-left. */
function zone(z: string, left: number, top: number, width: number, height: number, title = z): Item {
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
    member: ['zone', z],
  };
}

// One generated board: its frame's top-left is (1000, 2000), so frame-relative and absolute differ.
const baseItems: Item[] = [
  {
    id: 'f1',
    type: 'frame',
    x: 1500,
    y: 2400,
    width: 1000,
    height: 800,
    title: 'Frame title',
    member: ['frame'],
  },
  zone('a', 100, 100, 200, 200),
  zone('b', 300, 100, 200, 200),
  zone('c', 600, 100, 300, 400),
  zone('d', 650, 150, 100, 100),
];

function sticky(id: string, x: number, y: number, extra: Partial<Item> = {}): Item {
  return { id, type: 'sticky_note', x, y, content: textToMiroHtml(`note ${id}`), ...extra };
}

function zoneOf(result: HarvestResult, id: string): string | null | undefined {
  for (const z of result.boards.flatMap((b) => b.zones))
    if (z.notes.some((n) => n.id === id)) return z.zoneId;
  return result.unplaced.some((n) => n.id === id) ? null : undefined;
}

const child = { parentId: 'f1', relativeTo: 'parent_top_left' } as const;

describe('decodeMiroBoard places a note by its centre', () => {
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

describe('decodeMiroBoard chooses participant notes', () => {
  it.each([
    ['a note no record lists', {}, true],
    ['a generated seed note', { member: ['seed'] as [string] }, false],
    ['a generated card note', { member: ['card'] as [string] }, true],
    ['an empty note', { content: '<p></p>' }, false],
    ['a note of spaces', { content: '<p>&nbsp; </p>' }, false],
    ['a note without content', { content: undefined }, false],
  ])('%s', (_name, extra, kept) => {
    const note = { ...sticky('n', 1200, 2200), ...extra };
    expect(zoneOf(harvest([...baseItems, note]), 'n')).toBe(kept ? 'a' : undefined);
  });
});

describe('decodeMiroBoard keeps text and colour', () => {
  it.each(hostileTexts)('gives back %j exactly', (text) => {
    const result = harvest([...baseItems, sticky('n', 1200, 2200, { content: textToMiroHtml(text) })]);
    expect(result.boards[0]?.zones[0]?.notes).toEqual([{ id: 'n', text }]);
  });

  it('keeps the colour name when there is one', () => {
    const result = harvest([sticky('n', 0, 0, { style: { fillColor: 'light_pink' } })]);
    expect(result.unplaced).toEqual([{ id: 'n', text: 'note n', color: 'light_pink' }]);
  });
});

describe('decodeMiroBoard orders and names', () => {
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

  it('titles a board from its record', () => {
    expect(harvest(baseItems).boards[0]?.title).toBe('Rec');
  });
});

describe('decodeMiroBoard reads what Miro answered, item by item', () => {
  it('skips an item it cannot place, with its index and reason, and a second item with the same id', () => {
    const odd = [
      sticky('n1', 1200, 2200),
      sticky('n2', Number.NaN, 0),
      sticky('n3', 0, 0, { width: -1 }),
      sticky('n1', 0, 0),
      sticky('n4', 10, 10, { parentId: 'gone' }),
    ];
    const reading = decodeMiroBoard({ items: strip([...baseItems, ...odd]), boards: [entry(baseItems)] });
    expect(reading.items.map((item) => item.id)).toEqual([...baseItems.map((item) => item.id), 'n1']);
    expect(reading.skipped).toEqual([
      { index: 6, reason: '$.x: not a position' },
      { index: 7, reason: '$.width: not a size' },
      { index: 8, reason: '$.id: duplicate id n1' },
      { index: 9, reason: '$.parentId: parent gone is not in the snapshot' },
    ]);
  });

  it('passes the records on as read (validated once, when the storage was read)', () => {
    const boards = [entry(baseItems)];
    const reading = decodeMiroBoard({ items: strip(baseItems), boards });
    expect(reading.boards).toHaveLength(1);
    expect(reading.boards[0]).toBe(record);
    expect(reading.items.find((item) => item.id === 's-a')).toMatchObject({
      boardId: 'b1',
      templateId: 'theme-canvas',
      role: 'zone',
      zoneId: 'a',
      x: 1100,
      y: 2100,
    });
  });
});
