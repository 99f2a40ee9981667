import { describe, expect, it } from 'vitest';
import { createVirtualClock, generateBoard, readBoardSnapshot } from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { findTemplate, harvestReading, layoutTemplate, parseBoardPlanJson } from '../../shared/index.ts';

describe('importing the extension’s board plan into the Miro app', () => {
  it('builds the board with the draft’s notes in their zones', async () => {
    const template = findTemplate('theme-canvas');
    if (!template) throw new Error('no theme canvas');
    // What the popup's "board plan" export writes: the theme canvas with the draft's lines as notes.
    const exported = layoutTemplate(template, {
      locale: 'sv',
      network: 'Nätverk Syd',
      notes: { origin: ['Fler <äldre> bor ensamma', 'Kommunen & regionen'], 'talk-to': ['Anhöriga'] },
    });
    const outcome = parseBoardPlanJson(`${JSON.stringify(exported, null, 2)}\n`, 'sv');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const record = await generateBoard(board, outcome.plan, { clock });
    const harvest = harvestReading(await readBoardSnapshot(board, { clock }));
    if (!harvest.ok) throw new Error(harvest.error.message);
    const [harvested] = harvest.result.boards;
    expect(harvested?.boardId).toBe(record.id);
    const notes = Object.fromEntries(
      (harvested?.zones ?? [])
        .filter((z) => z.notes.length > 0)
        .map((z) => [z.zoneId, z.notes.map((n) => n.text)]),
    );
    expect(notes).toEqual({
      origin: ['Fler <äldre> bor ensamma', 'Kommunen & regionen'],
      'talk-to': ['Anhöriga'],
    });
  });

  it('builds nothing from a broken file', async () => {
    const outcome = parseBoardPlanJson('{"planVersion":1,"items":[{"kind":"frame"}]}', 'da');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.some((e) => e.path.startsWith('$.items[0]'))).toBe(true);
  });
});
