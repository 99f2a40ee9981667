import { describe, expect, it } from 'vitest';
import { harvestReading } from '../../shared/index.ts';

const generated = (role: string, zoneId?: string) => ({
  boardId: 'b1',
  templateId: 'theme-canvas',
  role,
  ...(zoneId ? { zoneId } : {}),
});
const items = [
  { id: 'f', kind: 'frame', x: 0, y: 0, width: 1000, height: 1000, text: 'Canvas', ...generated('frame') },
  // The layout draws a zone's title as a text item, so the zone shape itself has no text.
  { id: 'z', kind: 'shape', x: 50, y: 50, width: 400, height: 400, text: '', ...generated('zone', 'theme') },
  { id: 's', kind: 'sticky', x: 100, y: 86, width: 199, height: 228, text: 'idea' },
];
const record = {
  id: 'b1',
  templateId: 'theme-canvas',
  templateVersion: 1,
  locale: 'da',
  title: 'Temalærred',
  frameId: 'f',
  createdAt: '2026-11-22T10:00:00Z',
  zoneTitles: { theme: 'Temaet i dag' },
};
const reading = (extra: object) => ({ readingVersion: 1, items, ...extra });

describe('zone titles in a harvest', () => {
  it('come from the board record, written at generation, when the zone shape has no text', () => {
    const outcome = harvestReading(reading({ boards: [record] }));
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('Temaet i dag');
  });

  it('fall back to the zone’s generated label on the board for a record without titles (older boards)', () => {
    const { zoneTitles: _, ...older } = record;
    const label = { id: 'l', kind: 'text', x: 74, y: 74, width: 352, height: 40, text: 'Temat i dag' };
    const outcome = harvestReading({
      readingVersion: 1,
      items: [...items, { ...label, ...generated('label') }],
      boards: [older],
    });
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('Temat i dag');
  });

  it('prefer the text on the zone shape', () => {
    const withText = items.map((i) => (i.id === 'z' ? { ...i, text: 'Our own title' } : i));
    const outcome = harvestReading({ readingVersion: 1, items: withText, boards: [record] });
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('Our own title');
  });

  it('fall back to the zone id when nothing names the zone', () => {
    const custom = JSON.parse(JSON.stringify(reading({})).replaceAll('"theme-canvas"', '"our-own"'));
    const outcome = harvestReading(custom);
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('theme');
  });
});
