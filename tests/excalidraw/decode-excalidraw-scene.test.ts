import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  decodeExcalidrawScene,
  encodeExcalidrawScene,
  harvestReading,
  isDotItem,
  layoutTemplate,
  type ReadingItem,
  readBoardFile,
} from '../../shared/index.ts';
import { hostileTexts } from '../fixtures/build-snapshot.ts';
import { participantDot, participantNote, participantText } from './participant-elements.ts';

const template = builtInTemplates[0];
if (!template) throw new Error('no templates');
const plan = layoutTemplate(template, { locale: 'en', participants: 3 });
const zones = plan.items.filter((item) => item.meta.role === 'zone');
const zone = zones[0];
if (!zone) throw new Error('no zone');
const centreOf = (z: typeof zone) => ({ x: z.x + z.width / 2, y: z.y + z.height / 2 });

/** A file as saved after participants worked on it: Netverk's elements plus theirs. */
function savedFile(extra: unknown[], header = true) {
  const scene = JSON.parse(JSON.stringify(encodeExcalidrawScene(plan)));
  scene.elements.push(...extra);
  if (header) return scene;
  // Nextcloud Whiteboard's own save: no type, version or source.
  return { elements: scene.elements, files: {}, appState: {}, scrollToContent: true };
}

function harvest(file: unknown) {
  const decoded = decodeExcalidrawScene(file, 'en');
  if (!decoded.ok) throw new Error(decoded.error.message);
  const outcome = harvestReading(decoded.reading);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return { reading: decoded.reading, result: outcome.result };
}

const near = (p: { x: number; y: number }) => ({ x: p.x - 80, y: p.y - 60 });

describe('decodeExcalidrawScene', () => {
  it.each([true, false])('reads participants’ notes into their zones (header: %s)', (header) => {
    const at = near(centreOf(zone));
    const file = savedFile(
      [
        ...participantNote('n1', 'A rectangle note', at),
        ...participantNote('n2', 'An ellipse note', at, 'ellipse'),
        ...participantNote('n3', 'A diamond note', at, 'diamond'),
        participantText('n4', 'Free text', at),
      ],
      header,
    );
    const { result } = harvest(file);
    const harvested = result.boards[0]?.zones.find((z) => z.zoneId === zone.meta.zoneId);
    expect(harvested?.notes.map((n) => n.text).sort()).toEqual(
      ['A diamond note', 'A rectangle note', 'An ellipse note', 'Free text'].sort(),
    );
    expect(harvested?.title).toBe(zone.meta.title);
    expect(result.boards[0]?.title).toBe(plan.title);
    expect(result.skipped).toEqual([]);
  });

  it('keeps hostile text exactly as typed', () => {
    const at = near(centreOf(zone));
    const file = savedFile(hostileTexts.flatMap((text, n) => participantNote(`h${n}`, text, at)));
    const notes = harvest(file).result.boards[0]?.zones.find((z) => z.zoneId === zone.meta.zoneId)?.notes;
    expect(notes?.map((n) => n.text).sort()).toEqual([...hostileTexts].sort());
  });

  it('makes a small circle without text a dot, and ignores deleted elements', () => {
    const dot = participantDot('d1', centreOf(zone));
    const big = participantDot('d2', centreOf(zone), 200);
    const deleted = { ...participantText('gone', 'deleted note', centreOf(zone)), isDeleted: true };
    const { reading, result } = harvest(savedFile([dot, big, deleted]));
    const dots = reading.items.filter((item: ReadingItem) => isDotItem(item));
    expect(dots.map((d) => d.id)).toEqual(['d1']);
    expect(reading.items.some((item) => item.id === 'gone')).toBe(false);
    expect(result.boards[0]?.zones.flatMap((z) => z.notes)).toEqual([]);
  });

  it('takes a copy of a generated sticky as the participant’s own note', () => {
    const scene = savedFile([]);
    const zoneElement = scene.elements.find(
      (e: { customData?: { role?: string } }) => e.customData?.role === 'zone',
    );
    const copy = { ...zoneElement, id: 'copy1', boundElements: [{ type: 'text', id: 'copy1-t' }] };
    const text = {
      ...participantText('copy1-t', 'Copied and rewritten', zoneElement),
      containerId: 'copy1',
      customData: { ...zoneElement.customData },
    };
    copy.x += 5;
    scene.elements.push(copy, text);
    const notes = harvest(scene).result.boards[0]?.zones.flatMap((z) => z.notes.map((n) => n.text));
    expect(notes).toEqual(['Copied and rewritten']);
  });

  it('skips a malformed element with its index and reason, and keeps the rest', () => {
    const at = near(centreOf(zone));
    const scene = savedFile([
      42,
      { id: 'x1', type: 'rectangle', x: 'left', y: 0, width: 10, height: 10 },
      { type: 'text', x: 0, y: 0, width: 1, height: 1 },
      ...participantNote('ok', 'still read', at),
      ...participantNote('ok', 'a duplicate id', at),
    ]);
    const base = scene.elements.length - 7;
    const decoded = decodeExcalidrawScene(scene, 'en');
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.reading.skipped).toEqual([
      { index: base, reason: '$: not an element (an object is expected)' },
      { index: base + 1, reason: '$.x: not a number' },
      { index: base + 2, reason: '$.id: the element has no id' },
      { index: base + 5, reason: '$.id: a second element with the id ok' },
      { index: base + 6, reason: '$.id: a second element with the id ok-t' },
    ]);
    expect(harvest(scene).result.boards[0]?.zones.flatMap((z) => z.notes.map((n) => n.text))).toEqual([
      'still read',
    ]);
  });

  it.each([
    [null, '$', 'Det er ikke en tegning'],
    [[1, 2], '$', 'Det er ikke en tegning'],
    [{ type: 'tldraw', elements: [] }, '$.type', 'Det er ikke en Excalidraw-tegning: dens type er "tldraw".'],
    [{ type: 'excalidraw', elements: {} }, '$.elements', 'Tegningen har ingen liste over elementer.'],
  ])('names what is wrong with a file that is no drawing (%j)', (file, path, message) => {
    const decoded = decodeExcalidrawScene(file, 'da');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.path).toBe(path);
    expect(decoded.error.message).toContain(message);
  });

  it('reads a Netverk board reading as it is, and refuses other JSON in the user’s language', () => {
    const reading = { readingVersion: 1, items: [], boards: [] };
    expect(readBoardFile(reading, 'sv')).toEqual({ ok: true, reading });
    const other = readBoardFile({ hello: 'world' }, 'sv');
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.message).toMatch(/varken en ritning/);
  });
});

describe('a dot vote on an Excalidraw board', () => {
  it('counts small textless circles per voting zone, as on Miro', () => {
    const seven = builtInTemplates.find((t) => t.id === 'seven-characteristics');
    if (!seven) throw new Error('no seven-characteristics');
    const votePlan = layoutTemplate(seven, { locale: 'da' });
    const voting = votePlan.items.filter((item) => item.meta.vote && item.meta.zoneId);
    const [first, second] = voting;
    if (!first || !second) throw new Error('no voting zones');
    const dotAt = (zone: typeof first, n: number) =>
      participantDot(`dot-${zone.id}-${n}`, { x: zone.x + 10 + n * 35, y: zone.y + 10 });
    const scene = JSON.parse(JSON.stringify(encodeExcalidrawScene(votePlan)));
    scene.elements.push(dotAt(first, 0), dotAt(first, 1), dotAt(second, 0));
    const decoded = decodeExcalidrawScene(scene, 'da');
    if (!decoded.ok) throw new Error(decoded.error.message);
    const outcome = harvestReading(decoded.reading);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const zones = outcome.result.boards[0]?.zones ?? [];
    expect(zones.find((z) => z.zoneId === first.meta.zoneId)).toMatchObject({ vote: true, dots: 2 });
    expect(zones.find((z) => z.zoneId === second.meta.zoneId)).toMatchObject({ vote: true, dots: 1 });
  });
});
