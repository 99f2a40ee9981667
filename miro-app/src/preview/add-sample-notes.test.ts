import { describe, expect, it } from 'vitest';
import { findTemplate, harvestReading, type Locale, layoutTemplate } from '../../../shared/index.ts';
import { createVirtualClock } from '../board/board-clock.ts';
import { generateBoard } from '../board/generate-board.ts';
import { textToMiroHtml } from '../board/index.ts';
import { readBoardSnapshot } from '../board/read-board-snapshot.ts';
import { createStandInBoard, type StandInBoard } from '../board/stand-in/index.ts';
import { addSampleNotes } from './add-sample-notes.ts';
import { addNoteToZone, previewZones } from './preview-zones.ts';

async function boardWith(templateId: string, locale: Locale): Promise<StandInBoard> {
  const clock = createVirtualClock();
  const board = createStandInBoard({ clock });
  const template = findTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  await generateBoard(board, layoutTemplate(template, { locale, theme: 'Ensomhed' }), { clock });
  return board;
}

async function harvested(board: StandInBoard) {
  const outcome = harvestReading(await readBoardSnapshot(board));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

describe('notes in the preview’s zones', () => {
  it('finds the zones of a generated board with their titles in the board’s language', async () => {
    const board = await boardWith('theme-canvas', 'da');
    const zones = previewZones(board);
    expect(zones.length).toBeGreaterThan(8);
    expect(zones.every((zone) => zone.locale === 'da' && zone.templateId === 'theme-canvas')).toBe(true);
    expect(zones.find((zone) => zone.zoneId === 'talk-to')?.title).toMatch(/tale med/i);
    // A matrix cell is named by its row and its column.
    const matrix = previewZones(await boardWith('seven-characteristics', 'en'));
    expect(matrix.find((zone) => zone.zoneId.endsWith('.not-yet'))?.title).toMatch(/ – Not yet/);
  });

  it('a typed note becomes a real sticky in its zone, escaped, and the harvest reads it back there', async () => {
    const board = await boardWith('theme-canvas', 'en');
    const zone = previewZones(board).find((z) => z.zoneId === 'challenge');
    if (!zone) throw new Error('no challenge zone');
    const typed = '<b>not bold</b> & "quoted"';
    const first = addNoteToZone(board, zone, typed);
    const second = addNoteToZone(board, zone, 'Second');
    expect(first.content).toBe(textToMiroHtml(typed));
    expect(first.content).not.toContain('<b>');
    expect(first.parentId).toBe(zone.parentId);
    const [a, b] = [first, second].map((note) => board.inspect.absoluteBox(note.id));
    // Side by side, not on top of each other.
    expect(Math.abs((a?.left ?? 0) - (b?.left ?? 0))).toBeGreaterThan(a?.width ?? 0);
    const result = await harvested(board);
    const notes = result.boards.flatMap((b) => b.zones).find((z) => z.zoneId === 'challenge')?.notes;
    expect(notes?.map((n) => n.text)).toEqual([typed, 'Second']);
  });

  it('sample notes fill every zone in the board’s language, and every one is harvested in its zone', async () => {
    for (const [templateId, locale] of [
      ['theme-canvas', 'sv'],
      ['seven-characteristics', 'da'],
      ['success-factors', 'en'],
    ] as const) {
      const board = await boardWith(templateId, locale);
      const zones = previewZones(board);
      const added = addSampleNotes(board);
      expect(added).toBeGreaterThanOrEqual(zones.length);
      const result = await harvested(board);
      expect(result.unplaced).toEqual([]);
      const harvestedZones = result.boards.flatMap((b) => b.zones);
      for (const zone of zones)
        expect(harvestedZones.find((z) => z.zoneId === zone.zoneId)?.notes.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('sample notes differ from row to row of a matrix, and never cover the seeded theme', async () => {
    const board = await boardWith('seven-characteristics', 'da');
    addSampleNotes(board);
    const result = await harvested(board);
    const clear = result.boards
      .flatMap((b) => b.zones)
      .filter((z) => z.zoneId.endsWith('.clear'))
      .map((z) => z.notes[0]?.text);
    expect(clear.length).toBe(7);
    expect(new Set(clear).size).toBe(7);

    const canvas = await boardWith('theme-canvas', 'da');
    addSampleNotes(canvas);
    const stickies = canvas.inspect.items().filter((item) => item.type === 'sticky_note');
    const boxes = stickies.map((item) => canvas.inspect.absoluteBox(item.id));
    const seed = boxes.find((_, i) => String(stickies[i]?.content ?? '').includes('Ensomhed</p>'));
    if (!seed) throw new Error('no seeded theme sticky');
    const overlapping = boxes.filter(
      (b) =>
        b !== seed &&
        b.left < seed.left + seed.width &&
        seed.left < b.left + b.width &&
        b.top < seed.top + seed.height &&
        seed.top < b.top + b.height,
    );
    expect(overlapping).toEqual([]);
  });

  it('a zone full of notes still takes more, inside the zone', async () => {
    const board = await boardWith('network-type', 'en');
    const zone = previewZones(board)[0];
    if (!zone) throw new Error('no zone');
    for (let n = 0; n < 40; n += 1) {
      const note = board.inspect.absoluteBox(addNoteToZone(board, zone, `Idea ${n}`).id);
      const x = note.left + note.width / 2;
      const y = note.top + note.height / 2;
      expect(x).toBeGreaterThan(zone.box.left);
      expect(x).toBeLessThan(zone.box.left + zone.box.width);
      expect(y).toBeGreaterThan(zone.box.top);
      expect(y).toBeLessThan(zone.box.top + zone.box.height);
    }
  });
});
