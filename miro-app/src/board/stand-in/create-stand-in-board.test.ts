import { describe, expect, it } from 'vitest';
import type { BoardPort } from '../board-port.ts';
import { createStandInBoard } from './create-stand-in-board.ts';

type Call = (board: BoardPort) => Promise<unknown>;

/** Each rule of the real SDK the stand-in enforces, with the message it rejects with. */
const rejections: [string, Call, RegExp][] = [
  [
    'sticky colour outside the 16 names',
    (b) => b.createStickyNote({ style: { fillColor: 'purple' as 'red' } }),
    /"style\.fillColor": expected one of gray, light_yellow/,
  ],
  [
    'hex colour on a sticky',
    (b) => b.createStickyNote({ style: { fillColor: '#ff0000' as 'red' } }),
    /style\.fillColor/,
  ],
  [
    'sticky with width and height',
    (b) => b.createStickyNote({ width: 199, height: 228 }),
    /either width or height, not both/,
  ],
  ['unknown property', (b) => b.createStickyNote({ fontSize: 12 } as object), /unknown property "fontSize"/],
  [
    'unknown nested property',
    (b) => b.createStickyNote({ style: { fontSize: 12 } } as object),
    /unknown property "style\.fontSize"/,
  ],
  ['read-only id', (b) => b.createStickyNote({ id: '1' }), /"id" is read-only/],
  ['read-only parentId', (b) => b.createShape({ parentId: '1' }), /"parentId" is read-only/],
  [
    'content of 6,000 characters',
    (b) => b.createStickyNote({ content: 'x'.repeat(6_000) }),
    /must be under 6000 characters, got 6000/,
  ],
  [
    'experimental shape type',
    (b) => b.createShape({ shape: 'flow_chart_decision' as 'rectangle' }),
    /"shape": expected one of rectangle/,
  ],
  ['shape fill that is not hex', (b) => b.createShape({ style: { fillColor: 'yellow' } }), /hex colour/],
  ['fractional font size', (b) => b.createShape({ style: { fontSize: 13.5 } }), /an integer/],
  ['text height (Miro sets it)', (b) => b.createText({ height: 40 } as object), /"height" is read-only/],
  ['frame under 100 units', (b) => b.createFrame({ width: 99 }), /"width": expected a number from 100/],
  [
    'frame children written directly',
    (b) => b.createFrame({ childrenIds: ['1'] }),
    /"childrenIds" is read-only/,
  ],
  [
    'connector without an end',
    (b) => b.createConnector({ start: { item: 'x' } }),
    /does not exist|"end\.item" is required/,
  ],
  [
    'relative position without a parent',
    (b) => b.createText({ relativeTo: 'parent_top_left' }),
    /needs a parent frame/,
  ],
  [
    'a function in the props',
    (b) => b.createText({ content: (() => 'x') as unknown as string }),
    /plain data/,
  ],
  ['wrong type', (b) => b.createText({ type: 'shape' } as object), /"type" must be text/],
  ['unknown item', (b) => b.getById('404'), /not found/],
];

describe('createStandInBoard rejects what the SDK rejects', () => {
  it.each(rejections)('%s', async (_name, call, message) => {
    const board = createStandInBoard();
    await expect(call(board)).rejects.toThrow(message);
    expect(board.inspect.items()).toEqual([]);
  });

  it('accepts a valid item of each kind with Miro defaults filled in', async () => {
    const board = createStandInBoard();
    const sticky = await board.createStickyNote({
      content: 'x'.repeat(5_999),
      width: 398,
      style: { fillColor: 'cyan' },
    });
    expect(sticky).toMatchObject({
      type: 'sticky_note',
      width: 398,
      height: 456,
      shape: 'square',
      parentId: null,
    });
    const rectangle = await board.createStickyNote({ shape: 'rectangle', height: 114 });
    expect(rectangle).toMatchObject({ width: 175, height: 114 });
    const shape = await board.createShape({
      shape: 'rhombus',
      style: { fillColor: '#ffffff', fontSize: 24 },
    });
    expect(shape.style).toMatchObject({
      fillColor: '#ffffff',
      fontSize: 24,
      textAlign: 'center',
      borderWidth: 2,
    });
    const frame = await board.createFrame({ title: 'F', width: 100, height: 100 });
    expect(frame).toMatchObject({ childrenIds: [], style: { fillColor: '#ffffff' } });
    const connector = await board.createConnector({
      start: { item: shape.id },
      end: { item: sticky.id, snapTo: 'top' },
    });
    expect(connector).toMatchObject({ shape: 'curved', start: { item: shape.id } });
  });

  it('drops tags Miro does not allow and keeps their text', async () => {
    const board = createStandInBoard();
    const html =
      '<p onclick="x()"><strong>a</strong><script>alert(1)</script><img src=x><a href="https://e.org" target="_blank">l</a><br/></p>';
    const sticky = await board.createStickyNote({ content: html });
    expect(sticky.content).toBe('<p><strong>a</strong>alert(1)<a href="https://e.org">l</a><br></p>');
  });

  it('freezes read-only fields on returned items', async () => {
    const board = createStandInBoard();
    const sticky = await board.createStickyNote({});
    expect(() => {
      (sticky as { id: string }).id = 'other';
    }).toThrow(TypeError);
    expect(() => {
      (sticky as { parentId: string | null }).parentId = 'frame';
    }).toThrow(TypeError);
    expect(Object.keys(sticky)).not.toContain('sync');
  });

  it('limits metadata to 256 bytes per item and app data to 512 bytes per board', async () => {
    const board = createStandInBoard();
    const sticky = await board.createStickyNote({});
    await expect(sticky.setMetadata('netverk', 'x'.repeat(230))).resolves.toEqual({
      netverk: 'x'.repeat(230),
    });
    await expect(sticky.setMetadata('other', 'x'.repeat(20))).rejects.toThrow(
      /metadata exceeds the limit of 256 bytes/,
    );
    await expect(sticky.getMetadata('netverk')).resolves.toBe('x'.repeat(230));
    await expect(board.setAppData('a', 'x'.repeat(480))).resolves.toEqual({ a: 'x'.repeat(480) });
    await expect(board.setAppData('b', 'x'.repeat(40))).rejects.toThrow(
      /App data exceeds the limit of 512 bytes/,
    );
    await expect(board.getAppData('b')).resolves.toBeUndefined();
  });

  it('checks a sync like a create, and writes it back', async () => {
    const board = createStandInBoard();
    const sticky = await board.createStickyNote({ width: 199 });
    sticky.width = 398;
    await sticky.sync();
    expect(board.inspect.item(sticky.id)).toMatchObject({ width: 398, height: 456 });
    sticky.style.fillColor = 'nope' as 'red';
    await expect(sticky.sync()).rejects.toThrow(/style\.fillColor/);
    sticky.style.fillColor = 'red';
    sticky.width = 100;
    sticky.height = 100;
    await expect(sticky.sync()).rejects.toThrow(/not both/);
  });
});
