import { describe, expect, it } from 'vitest';
import { harvestSnapshot } from '../../shared/index.ts';

const meta = (r: string, z?: string) => ({
  netverk: { v: 1, b: 'b1', t: 'theme-canvas', r, ...(z ? { z } : {}) },
});
const items = [
  {
    id: 'f',
    type: 'frame',
    x: 500,
    y: 500,
    width: 1000,
    height: 1000,
    title: 'Canvas',
    metadata: meta('frame'),
  },
  // The layout draws a zone's title as a text item, so the zone shape itself has no content.
  {
    id: 'z',
    type: 'shape',
    x: 250,
    y: 250,
    width: 400,
    height: 400,
    parentId: 'f',
    content: '',
    metadata: meta('zone', 'theme'),
  },
  { id: 's', type: 'sticky_note', x: 200, y: 200, width: 199, parentId: 'f', content: '<p>idea</p>' },
];
const record = {
  id: 'b1',
  templateId: 'theme-canvas',
  templateVersion: 1,
  locale: 'da',
  title: 'Temalærred',
  frameId: 'f',
  createdAt: '2026-11-22T10:00:00Z',
};

describe('zone titles in a harvest', () => {
  it('come from the catalogue in the board record language when the zone shape has no text', () => {
    const outcome = harvestSnapshot({ snapshotVersion: 1, items, boards: [record] });
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('Temaet i dag');
  });

  it('fall back to the asked language without a record', () => {
    const outcome = harvestSnapshot({ snapshotVersion: 1, items }, undefined, 'sv');
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('Temat i dag');
  });

  it('prefer the text on the zone shape', () => {
    const withText = items.map((i) => (i.id === 'z' ? { ...i, content: '<p>Our own title</p>' } : i));
    const outcome = harvestSnapshot({ snapshotVersion: 1, items: withText });
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('Our own title');
  });

  it('fall back to the zone id for a template the catalogue does not know', () => {
    const custom = JSON.parse(
      JSON.stringify({ snapshotVersion: 1, items }).replaceAll('"theme-canvas"', '"our-own"'),
    );
    const outcome = harvestSnapshot(custom);
    expect(outcome.ok && outcome.result.boards[0]?.zones[0]?.title).toBe('theme');
  });
});
