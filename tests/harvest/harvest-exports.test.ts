import { describe, expect, it } from 'vitest';
import { harvestReading } from '../../shared/harvest/harvest-reading.ts';
import { renderHarvestCsv } from '../../shared/harvest/render-harvest-csv.ts';
import { renderHarvestJson } from '../../shared/harvest/render-harvest-json.ts';
import { renderHarvestMarkdown } from '../../shared/harvest/render-harvest-markdown.ts';
import { buildReading } from '../fixtures/build-snapshot.ts';

/** RFC 4180 as Excel reads it: quoted fields may hold the separator, doubled quotes and line breaks. */
function parseCsv(csv: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const c = csv[i] ?? '';
    const next = csv[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === separator) {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('harvest exports of generated boards with hostile notes', () => {
  const built = buildReading({ boards: 3, notes: 240, seed: 3 });
  const outcome = harvestReading(built.reading);
  if (!outcome.ok) throw new Error(outcome.error.message);
  const result = outcome.result;

  it.each([
    ['da', ';'],
    ['sv', ';'],
    ['en', ','],
  ] as const)('CSV in %s reads back cell for cell', (locale, separator) => {
    const csv = renderHarvestCsv(result, locale);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), separator);
    expect(rows).toHaveLength(built.texts.size + 1);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const notes = rows.slice(1).map((r) => r[3] ?? '');
    const typed = [...result.boards.flatMap((b) => b.zones.flatMap((z) => z.notes)), ...result.unplaced].map(
      (n) => n.text,
    );
    expect(notes).toEqual(typed.map((t) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t)));
  });

  it('JSON carries every note as typed', () => {
    const data = JSON.parse(renderHarvestJson(result));
    expect(data.harvestVersion).toBe(1);
    expect(data).toEqual({ harvestVersion: 1, ...result });
  });

  it('Markdown has one list item per note and no raw tag from a note', () => {
    const md = renderHarvestMarkdown(result, 'sv');
    expect(md.match(/^- /gm)).toHaveLength(built.texts.size);
    expect(md).not.toMatch(/(?<!\\)<script/);
  });
});
