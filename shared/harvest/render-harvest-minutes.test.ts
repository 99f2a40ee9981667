import { describe, expect, it } from 'vitest';
import type { HarvestBoard, HarvestResult, HarvestZone } from './harvest-result.ts';
import { renderHarvestMinutes } from './render-harvest-minutes.ts';
import { renderMinutesHtml } from './render-minutes-html.ts';
import { renderMinutesText } from './render-minutes-text.ts';

const result: HarvestResult = {
  boards: [
    {
      boardId: 'b1',
      templateId: 'open-network-meeting',
      title: 'Møde i <Netværk Nord>',
      createdAt: '2026-12-01T10:00:00.000Z',
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

const utc = { timeZone: 'UTC' };

describe('renderHarvestMinutes (Markdown)', () => {
  it('puts decisions, actions and next time first, leaves empty zones out and escapes what was typed', () => {
    expect(renderHarvestMinutes(result, 'da', utc)).toMatchInlineSnapshot(`
      "# Referat – Møde i \\<Netværk Nord\\>, 1. december 2026

      ## Beslutninger

      - \\# Én fælles kalender 📅

      ## Hvem gør hvad – og hvornår

      - \\<script\\>alert(1)\\</script\\>\\
        \\- Kim \\[link\\](javascript:x)

      ## Til næste møde

      - 12\\. marts

      ## Øvrigt fra tavlen

      **Nyt fra os**

      - Ny leder i \\*Syd\\*
      "
    `);
  });

  it('orders the sections the same way in every language, with the review’s headings', () => {
    for (const [locale, words] of [
      ['en', ['Decisions', 'Who does what, by when', 'Next time', 'Other notes from the board']],
      ['sv', ['Beslut', 'Vem gör vad – och när', 'Till nästa träff', 'Övrigt från tavlan']],
      ['da', ['Beslutninger', 'Hvem gør hvad – og hvornår', 'Til næste møde', 'Øvrigt fra tavlen']],
    ] as const) {
      const text = renderHarvestMinutes(result, locale, utc);
      const at = words.map((word) => text.indexOf(`## ${word}`));
      expect(at.every((position) => position > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('says so when nobody wrote anything, and names each zone when one kind comes from several boards', () => {
    const empty: HarvestResult = { boards: [{ ...first(), zones: [] }], unplaced: [], skipped: [] };
    expect(renderHarvestMinutes(empty, 'en', utc)).toContain('*Nobody wrote anything on the board yet.*');
    const twice: HarvestResult = {
      boards: [first(), { ...first(), boardId: 'b2', title: 'Second' }],
      unplaced: [{ id: 'u', text: 'loose' }],
      skipped: [],
    };
    const text = renderHarvestMinutes(twice, 'en', utc);
    expect(text.match(/^## Decisions$/gm)).toHaveLength(1);
    expect(text.match(/^\*\*Det aftalte vi\*\*$/gm)).toHaveLength(2);
    expect(text).toContain('**Not in a zone**\n\n- loose');
    expect(text).toContain('### Second');
  });
});

describe('the first line of the minutes', () => {
  it('names the network, the session and the date, in the language and the zone asked for', () => {
    const session: HarvestResult = {
      ...result,
      boards: [{ ...first(), title: 'Åbent netværksmøde', network: 'Netværk Nord' }],
    };
    expect(renderMinutesText(session, 'da', utc).split('\n')[0]).toBe(
      'Referat – Netværk Nord, Åbent netværksmøde, 1. december 2026',
    );
    expect(renderMinutesText(session, 'sv', utc).split('\n')[0]).toBe(
      'Minnesanteckningar – Netværk Nord, Åbent netværksmøde, 1 december 2026',
    );
    // 23:30 in UTC is already the next day in Copenhagen: the date is the board's local day.
    const late = { ...session, boards: [{ ...first(), createdAt: '2026-12-01T23:30:00Z' }] };
    expect(renderMinutesText(late, 'en', { timeZone: 'Europe/Copenhagen' }).split('\n')[0]).toContain(
      '2 December 2026',
    );
  });

  it('is only the word for minutes when nothing is known, and survives a bad date or zone', () => {
    const bare: HarvestResult = { boards: [], unplaced: [], skipped: [] };
    expect(renderMinutesText(bare, 'en').split('\n')[0]).toBe('Minutes');
    const bad = { ...result, boards: [{ ...first(), createdAt: 'yesterday' }] };
    expect(renderMinutesText(bad, 'en', utc).split('\n')[0]).toBe('Minutes – Møde i <Netværk Nord>');
    expect(renderMinutesText(result, 'en', { timeZone: 'Mars/Base' }).split('\n')[0]).toMatch(/2026$/);
  });
});

describe('renderMinutesText', () => {
  it('is plain text to paste: headings on their own lines, bullets, no Markdown and no backslashes', () => {
    expect(renderMinutesText(result, 'da', utc)).toBe(
      [
        'Referat – Møde i <Netværk Nord>, 1. december 2026',
        '',
        'Beslutninger',
        '• # Én fælles kalender 📅',
        '',
        'Hvem gør hvad – og hvornår',
        '• <script>alert(1)</script>',
        '  - Kim [link](javascript:x)',
        '',
        'Til næste møde',
        '• 12. marts',
        '',
        'Øvrigt fra tavlen',
        'Nyt fra os',
        '• Ny leder i *Syd*',
        '',
      ].join('\n'),
    );
    expect(renderMinutesText(result, 'sv', utc)).not.toContain('\\');
  });
});

describe('renderMinutesHtml', () => {
  it('gives real headings and lists, and escapes everything that was typed', () => {
    const html = renderMinutesHtml(result, 'da', utc);
    expect(html).toContain('<h2>Referat – Møde i &lt;Netværk Nord&gt;, 1. december 2026</h2>');
    expect(html).toContain('<h3>Beslutninger</h3><ul><li># Én fælles kalender 📅</li></ul>');
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt;<br>- Kim [link](javascript:x)</li>');
    expect(html).toContain('<li>12. marts</li>');
    expect(html).toContain('<p><strong>Nyt fra os</strong></p>');
    expect(html).not.toMatch(/<script|\\/);
  });

  it('says so when nobody wrote anything', () => {
    const empty: HarvestResult = { boards: [{ ...first(), zones: [] }], unplaced: [], skipped: [] };
    expect(renderMinutesHtml(empty, 'sv', utc)).toContain(
      '<p><em>Ingen har skrivit något på tavlan än.</em></p>',
    );
  });
});

describe('minutes of a session board', () => {
  const zone = (zoneId: string, extra: Partial<HarvestZone>, text = zoneId): HarvestZone => ({
    zoneId,
    title: zoneId,
    notes: [{ id: `n-${zoneId}`, text }],
    ...extra,
  });
  // In the board's reading order the blocks interleave: block 3's row sits between block 2's.
  const session: HarvestResult = {
    boards: [
      {
        boardId: 's',
        templateId: 'start-up-network',
        title: 'Opstart af et nyt netværk',
        zones: [
          zone('purpose.in-place', { block: { index: 2, title: '3. Succesfaktorer' } }),
          zone(
            'my-points-1',
            {
              personal: 'Mine vigtigste punkter',
              title: 'Deltager 1: Mine vigtigste punkter',
              block: { index: 1, title: '2. Den perfekte gruppe' },
            },
            'Tillid',
          ),
          zone('common-themes', { block: { index: 1, title: '2. Den perfekte gruppe' } }),
          zone(
            'my-points-2',
            {
              personal: 'Mine vigtigste punkter',
              title: 'Deltager 2: Mine vigtigste punkter',
              block: { index: 1, title: '2. Den perfekte gruppe' },
            },
            'Tid',
          ),
          zone('purpose.missing', { minutes: 'action', block: { index: 2, title: '3. Succesfaktorer' } }),
          zone('structure.in-place', { block: { index: 2, title: '3. Succesfaktorer' } }),
        ],
      },
    ],
    unplaced: [],
    skipped: [],
  };

  it('groups other notes by block in running order and folds the personal fields into one list', () => {
    const text = renderMinutesText(session, 'da', utc);
    expect(text).not.toMatch(/Deltager \d/);
    const order = [
      'Hvem gør hvad',
      '2. Den perfekte gruppe',
      'common-themes',
      '3. Succesfaktorer',
      'purpose.in-place',
      'structure.in-place',
      'Individuelle noter',
      'Mine vigtigste punkter',
    ];
    const at = order.map((word) => text.indexOf(word));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Mine vigtigste punkter\n• Tillid\n• Tid');
    expect(renderMinutesText(session, 'sv', utc)).toContain('Individuella anteckningar');
  });
});
