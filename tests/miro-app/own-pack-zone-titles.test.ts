import { describe, expect, it } from 'vitest';
import {
  createVirtualClock,
  generateBoard,
  readBoardSnapshot,
  textToMiroHtml,
} from '../../miro-app/src/board/index.ts';
import { createStandInBoard } from '../../miro-app/src/board/stand-in/index.ts';
import { harvestReading, layoutTemplate, restoreTemplatePack } from '../../shared/index.ts';

const text = (en: string) => ({ da: `${en} (da)`, sv: `${en} (sv)`, en });

/** An organisation's own pack: zone ids the catalogue has never heard of. */
const pack = {
  packVersion: 1,
  templates: [
    {
      schemaVersion: 1,
      id: 'our-retro',
      version: 1,
      title: text('Our retrospective'),
      summary: text('What went well, what to change'),
      about: text('Made by our network'),
      instructions: [],
      sections: [
        {
          kind: 'zones',
          id: 'retro',
          columns: 2,
          zones: [
            { id: 'went-well', title: text('What went well') },
            { id: 'to-change', title: text('What we change') },
          ],
        },
        {
          kind: 'matrix',
          id: 'grid',
          rows: [{ id: 'us', title: text('Us') }],
          columns: [{ id: 'now', title: text('Now') }],
        },
      ],
    },
  ],
};

describe('a board from an organisation’s own template pack', () => {
  it.each(['da', 'sv', 'en'] as const)('harvests with its real zone titles (%s)', async (locale) => {
    const restored = restoreTemplatePack(pack, 'en');
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    const [template] = restored.pack.templates;
    if (!template) throw new Error('no template');
    const clock = createVirtualClock();
    const board = createStandInBoard({ clock });
    const plan = layoutTemplate(template, { locale });
    const record = await generateBoard(board, plan, { clock, placement: 'plan' });
    expect(record.zoneTitles).toEqual({
      'went-well': template.sections[0]?.kind === 'zones' ? template.sections[0].zones[0]?.title[locale] : '',
      'to-change': template.sections[0]?.kind === 'zones' ? template.sections[0].zones[1]?.title[locale] : '',
      'us.now': `${text('Us')[locale]} · ${text('Now')[locale]}`,
    });
    for (const zone of plan.items.filter((item) => item.meta.role === 'zone')) {
      const note = await board.createStickyNote({
        x: zone.x + zone.width / 2,
        y: zone.y + zone.height - 60,
        width: 40,
        content: textToMiroHtml(`note in ${zone.meta.zoneId}`),
      });
      expect(note.id).not.toBe('');
    }
    const harvest = harvestReading(await readBoardSnapshot(board, { clock }));
    if (!harvest.ok) throw new Error(harvest.error.message);
    const zones = harvest.result.boards[0]?.zones.map((z) => [z.zoneId, z.title, z.notes.map((n) => n.text)]);
    expect(zones).toEqual([
      ['went-well', text('What went well')[locale], ['note in went-well']],
      ['to-change', text('What we change')[locale], ['note in to-change']],
      ['us.now', `${text('Us')[locale]} · ${text('Now')[locale]}`, ['note in us.now']],
    ]);
  });
});
