import { describe, expect, it } from 'vitest';
import { catalogueTitle } from '../catalogue/catalogue-title.ts';
import { checkCatalogParity } from '../i18n/check-catalog-parity.ts';
import { harvestMessages } from './harvest-messages.ts';
import type { HarvestResult } from './harvest-result.ts';
import { csvField, renderHarvestCsv } from './render-harvest-csv.ts';
import { renderHarvestJson } from './render-harvest-json.ts';
import { renderHarvestMarkdown } from './render-harvest-markdown.ts';

const result: HarvestResult = {
  boards: [
    {
      boardId: 'b1',
      templateId: 'theme-canvas',
      title: 'Tema: *trivsel* & "ro"',
      zones: [
        {
          zoneId: 'origin',
          title: 'Hvor kommer temaet fra?',
          notes: [
            { id: 'n1', text: 'Blåbær; æble, øl', color: 'light_yellow' },
            { id: 'n2', text: '=HYPERLINK("x")\n- second line', color: 'neon' },
          ],
        },
        { zoneId: 'empty', title: '', notes: [] },
      ],
    },
  ],
  unplaced: [{ id: 'n3', text: '<b>loose</b>' }],
  skipped: [{ index: 4, reason: '$.x: Invalid input' }],
};

describe('renderHarvestMarkdown', () => {
  it('writes headings per board and zone and escaped notes', () => {
    expect(
      renderHarvestMarkdown(result, 'da', { templateTitle: catalogueTitle('da') }),
    ).toMatchInlineSnapshot(`
      "# Opsamling fra tavlen

      ## Tema: \\*trivsel\\* & "ro"

      Skabelon: Temaskema

      ### Hvor kommer temaet fra?

      - Blåbær; æble, øl
      - \\=HYPERLINK("x")\\
        \\- second line

      ### empty

      *Ingen sedler*

      ## Uden for felterne

      - \\<b\\>loose\\</b\\>

      *Elementer på tavlen, der ikke kunne læses: 1*
      "
    `);
  });

  it('names a template by its title, never its id, and leaves the line out for a template nobody knows', () => {
    expect(renderHarvestMarkdown(result, 'sv', { templateTitle: catalogueTitle('sv') })).toContain(
      'Mall: Temaunderlag',
    );
    const unknown = { ...result, boards: result.boards.map((b) => ({ ...b, templateId: 'our-own' })) };
    const md = renderHarvestMarkdown(unknown, 'da', { templateTitle: catalogueTitle('da') });
    expect(md).not.toContain('Skabelon');
    expect(md).not.toContain('our-own');
    expect(renderHarvestMarkdown(result, 'da')).not.toContain('theme-canvas');
  });

  it.each(['da', 'sv', 'en'] as const)('leaves out empty sections in %s', (locale) => {
    const md = renderHarvestMarkdown({ boards: [], unplaced: [], skipped: [] }, locale);
    expect(md).toBe(`# ${harvestMessages[locale].documentTitle}\n`);
  });
});

describe('renderHarvestCsv', () => {
  it.each([
    ['da', ';', 'Tavle;Skabelon;Felt;Seddel;Farve'],
    ['sv', ';', 'Tavla;Mall;Fält;Lapp;Färg'],
    ['en', ',', 'Board,Template,Zone,Note,Colour'],
  ] as const)('writes %s with a BOM, CRLF and %j', (locale, separator, header) => {
    const csv = renderHarvestCsv(result, locale);
    expect(csv.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv.split('\r\n')[1]?.split(separator)[0]).toBe('"Tema: *trivsel* & ""ro"""');
  });

  it('writes whole rows in Danish, the template by its title', () => {
    expect(
      renderHarvestCsv(result, 'da', { templateTitle: catalogueTitle('da') })
        .split('\r\n')
        .slice(1),
    ).toEqual([
      '"Tema: *trivsel* & ""ro""";Temaskema;Hvor kommer temaet fra?;"Blåbær; æble, øl";Lysegul',
      '"Tema: *trivsel* & ""ro""";Temaskema;Hvor kommer temaet fra?;"\'=HYPERLINK(""x"")\n- second line";neon',
      ';;Uden for felterne;<b>loose</b>;',
      '',
    ]);
  });

  it('never writes an internal id in the template column', () => {
    expect(renderHarvestCsv(result, 'en')).not.toContain('theme-canvas');
  });

  it.each([
    ['plain', 'abc', ',', 'abc'],
    ['the separator', 'a,b', ',', '"a,b"'],
    ['the other separator', 'a,b', ';', 'a,b'],
    ['a quote', 'say "hi"', ';', '"say ""hi"""'],
    ['a line break', 'a\r\nb', ';', '"a\r\nb"'],
    ['a formula', '=1+2', ';', "'=1+2"],
    ['a plus', '+45 1234', ';', "'+45 1234"],
    ['a minus', '-x', ';', "'-x"],
    ['an at', '@SUM(A1)', ';', "'@SUM(A1)"],
    ['a leading tab', '\t=1', ';', "'\t=1"],
    ['a formula with a separator', '=A1;B1', ';', `"'=A1;B1"`],
    ['an equals later', 'a=b', ';', 'a=b'],
    ['Nordic letters', 'ÆØÅ æøå ÄÖ äö', ';', 'ÆØÅ æøå ÄÖ äö'],
    ['empty', '', ';', ''],
  ])('quotes %s', (_name, value, separator, expected) => {
    expect(csvField(value, separator)).toBe(expected);
  });
});

describe('renderHarvestJson', () => {
  it('is versioned, pretty and in a fixed key order', () => {
    const shuffled: HarvestResult = {
      skipped: result.skipped,
      unplaced: [{ text: 'x', id: 'n9' }],
      boards: [{ zones: [], title: 't', templateId: 'tpl', boardId: 'b' }],
    };
    expect(renderHarvestJson(shuffled)).toBe(
      `${JSON.stringify(
        {
          harvestVersion: 1,
          boards: [{ boardId: 'b', templateId: 'tpl', title: 't', zones: [] }],
          unplaced: [{ id: 'n9', text: 'x' }],
          skipped: [{ index: 4, reason: '$.x: Invalid input' }],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('reads back as the same result', () => {
    const { harvestVersion, ...rest } = JSON.parse(renderHarvestJson(result));
    expect(harvestVersion).toBe(1);
    expect(rest).toEqual(result);
  });
});

describe('harvestMessages', () => {
  it('is complete in all three languages', () => {
    expect(checkCatalogParity('harvest', harvestMessages)).toEqual([]);
  });
});
