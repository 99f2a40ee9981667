import { describe, expect, it } from 'vitest';
import {
  createVirtualClock,
  generateBoard,
  miroHtmlToText,
  readBoardSnapshot,
  readMiroBoard,
  textToMiroHtml,
} from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { builtInTemplates, harvestReading, layoutTemplate, locales } from '../../shared/index.ts';
import { absoluteBox, expectBoardMatchesPlan } from './expect-board-matches-plan.ts';

const cases = builtInTemplates.flatMap((template) =>
  locales.map((locale) => [template.id, locale, template] as const),
);

describe('every built-in template on the stand-in board', () => {
  it.each(cases)(
    '%s (%s): generated, read back as planned, harvested by zone',
    async (_id, locale, template) => {
      const clock = createVirtualClock();
      const board = createStandInBoard({ clock });
      // Something already on the board, so placement must find space and the offset is exercised.
      board.inspect.seed('shape', { x: 0, y: 0, width: 2_000, height: 2_000 });
      const options = {
        locale,
        network: 'Netværk Nord',
        theme: 'Ældre & "digitale" <borgere>',
        participants: 4,
        startTime: '09:00',
      };
      const plan = layoutTemplate(template, options);
      const record = await generateBoard(board, plan, { clock });
      const connectors = board.inspect.items().filter((item) => item.type === 'connector');
      const snapshot = await readMiroBoard(board, { clock });
      const ids = expectBoardMatchesPlan(plan, snapshot, connectors, record);

      // Two participants' notes on each zone, side by side, where the zone lies on the board now.
      const byId = new Map(snapshot.items.map((item) => [item.id, item]));
      const zones = plan.items.filter((item) => item.meta.zoneId !== undefined);
      for (const zone of zones) {
        const box = absoluteBox(byId.get(ids.get(zone.id) ?? '') ?? { id: '', type: '', x: 0, y: 0 }, byId);
        for (const n of [1, 2]) {
          const x = box.left + (box.width * n) / 3;
          const content = textToMiroHtml(`${zone.meta.zoneId} ${n}`);
          board.inspect.seed(
            'sticky_note',
            { x, y: box.top + box.height / 2, width: 40, content },
            { parentId: record.frameId },
          );
        }
      }
      const harvest = harvestReading(await readBoardSnapshot(board, { clock }));
      if (!harvest.ok) throw new Error(harvest.error.message);
      expect(harvest.result.unplaced).toEqual([]);
      expect(harvest.result.skipped).toEqual([]);
      const [harvested] = harvest.result.boards;
      expect(harvested).toMatchObject({ boardId: record.id, templateId: template.id, title: plan.title });
      const notes = Object.fromEntries(
        harvested?.zones.map((z) => [z.zoneId, z.notes.map((note) => note.text)]) ?? [],
      );
      expect(notes).toEqual(
        Object.fromEntries(zones.map((z) => [z.meta.zoneId, [`${z.meta.zoneId} 1`, `${z.meta.zoneId} 2`]])),
      );
      // Every zone comes back with its title as drawn, carried by the board record.
      expect(harvested?.zones.filter((z) => z.title.trim() === '')).toEqual([]);
      const titles = Object.fromEntries(zones.map((z) => [z.meta.zoneId, z.meta.title]));
      expect(Object.fromEntries(harvested?.zones.map((z) => [z.zoneId, z.title]) ?? [])).toEqual(titles);
      const listed = new Set(snapshot.boards.flatMap((entry) => entry.items.map(([id]) => id)));
      const seeds = snapshot.items.filter((item) => listed.has(item.id) && item.type === 'sticky_note');
      for (const seed of seeds) expect(miroHtmlToText(seed.content ?? '')).not.toBe('');
    },
  );
});
