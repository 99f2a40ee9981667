import { describe, expect, it } from 'vitest';
import type { HarvestBoard, HarvestResult } from './harvest-result.ts';
import { renderHarvestMinutes } from './render-harvest-minutes.ts';

const result: HarvestResult = {
  boards: [
    {
      boardId: 'b1',
      templateId: 'open-network-meeting',
      title: 'Møde i <Netværk Nord>',
      zones: [
        { zoneId: 'news', title: 'Nyt fra os', notes: [{ id: 'n1', text: 'Ny leder i *Syd*' }] },
        { zoneId: 'empty', title: 'Tomt felt', notes: [] },
        { zoneId: 'next', title: 'Næste gang', minutes: 'next', notes: [{ id: 'n2', text: '12. marts' }] },
        {
          zoneId: 'who',
          title: 'Hvem gør hvad',
          minutes: 'action',
          notes: [{ id: 'n3', text: '<script>alert(1)</script>\n- Kim [link](javascript:x)' }],
        },
        {
          zoneId: 'agreed',
          title: 'Det aftalte vi',
          minutes: 'decision',
          notes: [{ id: 'n4', text: '# Én fælles kalender 📅' }],
        },
        { zoneId: 'agreed-empty', title: 'Tom beslutning', minutes: 'decision', notes: [] },
      ],
    },
  ],
  unplaced: [],
  skipped: [],
};

function first(): HarvestBoard {
  const [board] = result.boards;
  if (!board) throw new Error('no board');
  return board;
}

describe('renderHarvestMinutes', () => {
  it('puts decisions, actions and next time first, leaves empty zones out and escapes what was typed', () => {
    expect(renderHarvestMinutes(result, 'da')).toMatchInlineSnapshot(`
      "# Referat

      Fra: Møde i \\<Netværk Nord\\>

      ## Beslutninger

      - \\# Én fælles kalender 📅

      ## Aftaler om opgaver

      - \\<script\\>alert(1)\\</script\\>\\
        \\- Kim \\[link\\](javascript:x)

      ## Næste gang

      - 12\\. marts

      ## Øvrige noter

      **Nyt fra os**

      - Ny leder i \\*Syd\\*
      "
    `);
  });

  it('orders the sections the same way in every language', () => {
    for (const [locale, words] of [
      ['en', ['Decisions', 'Actions', 'Next time', 'Other notes']],
      ['sv', ['Beslut', 'Åtgärder', 'Nästa gång', 'Övriga anteckningar']],
    ] as const) {
      const text = renderHarvestMinutes(result, locale);
      const at = words.map((word) => text.indexOf(`## ${word}`));
      expect(at.every((position) => position > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('says so when nobody wrote anything, and names each zone when one kind comes from several boards', () => {
    const empty: HarvestResult = {
      boards: [{ ...first(), zones: [] }],
      unplaced: [],
      skipped: [],
    };
    expect(renderHarvestMinutes(empty, 'en')).toContain('*Nobody wrote anything on the board yet.*');
    const twice: HarvestResult = {
      boards: [first(), { ...first(), boardId: 'b2', title: 'Second' }],
      unplaced: [{ id: 'u', text: 'loose' }],
      skipped: [],
    };
    const text = renderHarvestMinutes(twice, 'en');
    expect(text.match(/^## Decisions$/gm)).toHaveLength(1);
    expect(text.match(/^### Det aftalte vi$/gm)).toHaveLength(2);
    expect(text).toContain('**Not in a zone**\n\n- loose');
  });
});
