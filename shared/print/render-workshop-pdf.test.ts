import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Locale, locales } from '../i18n/locale.ts';
import { pickText } from '../i18n/localized.ts';
import { layoutTemplate } from '../plan/layout-template.ts';
import { builtInTemplates } from '../templates/catalogue/built-in-templates.ts';
import { renderWorkshopPdf } from './render-workshop-pdf.ts';
import type { WorkshopScript } from './workshop-script.ts';

const dir = mkdtempSync(join(tmpdir(), 'netverk-pdf-'));
let files = 0;

/** Writes the bytes and reads them back with poppler: text per page and page sizes in points. */
function readBack(bytes: Uint8Array) {
  files += 1;
  const file = join(dir, `${files}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)].map(
    (m) => ({
      width: Math.round(Number(m[1])),
      height: Math.round(Number(m[2])),
      name: m[3] ?? '',
    }),
  );
  // `layout` keeps lines as drawn: plain pdftotext joins a word hyphenated at a line's end.
  const text = (page: number, layout = false) =>
    execFileSync(
      'pdftotext',
      ['-f', String(page), '-l', String(page), ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'],
      { encoding: 'utf8' },
    );
  return {
    info,
    pages,
    sizes,
    text,
    all: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  };
}

const find = (id: string) => {
  const template = builtInTemplates.find((t) => t.id === id);
  if (!template) throw new Error(id);
  return template;
};

function script(locale: Locale, overrides: Partial<WorkshopScript> = {}): WorkshopScript {
  const canvas = find('theme-canvas');
  const factors = find('success-factors');
  return {
    locale,
    title: pickText(canvas.title, locale),
    subtitle: '1. december 2026 · 120 min · 14',
    rows: [
      {
        start: '09:00',
        end: '09:10',
        minutes: 10,
        title: 'Velkommen – blåbærgrød og kaffe',
        groups: { kind: 'plenary' },
      },
      {
        start: '09:10',
        end: '09:55',
        minutes: 45,
        title: pickText(canvas.title, locale),
        notes: canvas.instructions.map((i) => pickText(i, locale)),
        materials: ['A3', 'Post-its'],
        groups: { kind: 'groups', groups: 3, minSize: 4, maxSize: 5 },
      },
      {
        start: '09:55',
        end: '10:15',
        minutes: 20,
        title: pickText(factors.title, locale),
        groups: { kind: 'individual' },
      },
    ],
    posters: [
      { plan: layoutTemplate(canvas, { locale, theme: 'Ensomhed blandt ældre' }), paper: 'A3' },
      { plan: layoutTemplate(factors, { locale }), paper: 'A1' },
    ],
    createdAt: new Date('2026-12-01T08:00:00Z'),
    ...overrides,
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('renderWorkshopPdf', () => {
  it.each(locales)(
    'prints the running order on A4, then each poster at its paper size (%s)',
    async (locale) => {
      const bytes = await renderWorkshopPdf(script(locale, { totalMinutes: 75 }));
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      const pdf = readBack(bytes);
      expect(pdf.pages).toBe(3);
      expect(pdf.sizes.map((s) => s.name)).toEqual(['A4', 'A3', 'A1']);
      expect(pdf.sizes[0]).toMatchObject({ width: 595, height: 842 });
      // Landscape or portrait, whichever prints the plan larger; the long side is A3's or A1's.
      expect(Math.max(pdf.sizes[1]?.width ?? 0, pdf.sizes[1]?.height ?? 0)).toBe(1191);
      expect(Math.max(pdf.sizes[2]?.width ?? 0, pdf.sizes[2]?.height ?? 0)).toBe(2384);
      const first = collapse(pdf.text(1));
      expect(first).toContain(pickText(find('theme-canvas').title, locale));
      expect(first).toContain('Velkommen – blåbærgrød og kaffe');
      // Each row from its start to its end, on one line of the time column.
      for (const span of ['09:00–09:10', '09:10–09:55', '09:55–10:15'])
        expect(pdf.text(1, true)).toContain(span);
      expect(first).toContain({ da: 'Drejebog', sv: 'Körschema', en: 'Running order' }[locale]);
      expect(first).toContain(
        { da: '3 grupper à 4–5', sv: '3 grupper om 4–5', en: '3 groups of 4–5' }[locale],
      );
      expect(first).toContain(
        { da: 'I alt 75 minutter', sv: 'Totalt 75 minuter', en: 'In all 75 minutes' }[locale],
      );
      // The posters are real text too: the theme seeded on the canvas and the frame titles.
      expect(collapse(pdf.text(2))).toContain('Ensomhed blandt ældre');
      expect(collapse(pdf.text(3))).toContain(pickText(find('success-factors').title, locale));
      expect(pdf.info).toContain(`Title:           ${pickText(find('theme-canvas').title, locale)}`);
    },
  );

  it('keeps every word whole on the posters: no word of the plan is split over two lines', async () => {
    const locale = 'en';
    const plan = layoutTemplate(find('theme-canvas'), { locale, theme: 'Loneliness among older citizens' });
    const pdf = readBack(await renderWorkshopPdf(script(locale, { posters: [{ plan, paper: 'A3' }] })));
    const words = collapse(pdf.text(2)).split(' ');
    expect(words).toContain('Loneliness');
    expect(words).not.toContain('Lonelines');
  });

  it('runs a long running order onto more A4 pages, with the header repeated', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      start: `${String(9 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
      minutes: 15,
      title: `Punkt ${i + 1}: prøv æøå`,
      notes: ['Saml op på væggen, og spørg: hvem gør hvad, hvornår?'],
    }));
    const pdf = readBack(await renderWorkshopPdf(script('da', { rows, posters: [], totalMinutes: 600 })));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.sizes.every((s) => s.name === 'A4')).toBe(true);
    // The columns these rows fill, on every page: no working form, for no row has one.
    for (let page = 1; page <= pdf.pages; page += 1)
      expect(pdf.text(page, true)).toMatch(/^\s*Kl\.\s+Min\.\s+Punkt\s*$/m);
    const all = collapse(pdf.all);
    for (const row of rows) expect(all).toContain(row.title);
    expect(all).toContain('I alt 600 minutter');
  });

  it.each(['da', 'sv'] as const)(
    'prints separate templates without empty columns or a total: only what the rows fill (%s)',
    async (locale) => {
      const rows = builtInTemplates.slice(0, 3).map((template) => ({
        title: pickText(template.title, locale),
        minutes: 45,
        notes: [pickText(template.summary, locale)],
      }));
      const heading = { da: 'Skabelonerne i pakken', sv: 'Mallarna i paketet' }[locale];
      const pdf = readBack(await renderWorkshopPdf(script(locale, { rows, posters: [], heading })));
      const drawn = pdf.text(1, true);
      const header = { da: /^\s*Min\.\s+Punkt\s*$/m, sv: /^\s*Min\.\s+Moment\s*$/m }[locale];
      expect(drawn).toMatch(header);
      expect(drawn).toContain(heading);
      for (const row of rows) expect(drawn).toMatch(new RegExp(`^\\s*45\\s+${row.title}`, 'm'));
      for (const word of {
        da: ['Kl.', 'Arbejdsform', 'I alt', 'Drejebog'],
        sv: ['Kl.', 'Arbetsform', 'Totalt', 'Körschema'],
      }[locale])
        expect(drawn).not.toContain(word);
      // The same rows with a working form and clock times show those columns again.
      const timed = rows.map((row, i) => ({
        ...row,
        start: `0${9 + i}:00`,
        groups: { kind: 'plenary' as const },
      }));
      const full = readBack(await renderWorkshopPdf(script(locale, { rows: timed, posters: [] }))).text(
        1,
        true,
      );
      expect(full).toMatch(
        { da: /Kl\.\s+Min\.\s+Punkt\s+Arbejdsform/, sv: /Kl\.\s+Min\.\s+Moment\s+Arbetsform/ }[locale],
      );
      expect(full).toMatch(new RegExp(`^\\s*09:00\\s+45\\s+${rows[0]?.title}`, 'm'));
    },
  );

  it('prints hostile text safely: markup as text, emoji left out, other scripts marked, long words wrapped', async () => {
    const long = `${'Netværks'.repeat(12)}samarbejde`;
    const rows = [
      { title: '<script>alert(1)</script> & "quotes"', notes: ['Vi ses 🙂👍🏽 i morgen', 'Ωmega Ж ő', long] },
    ];
    const pdf = readBack(await renderWorkshopPdf(script('da', { rows, posters: [] })));
    const text = pdf.text(1);
    expect(text).toContain('<script>alert(1)</script> & "quotes"');
    expect(text).toContain('Vi ses i morgen');
    expect(text).toContain('?mega ? o');
    // The 106-letter word is wider than the page: broken across lines with a hyphen, no letter lost.
    expect(text.replace(/\s+/g, '')).toContain(long);
    const drawn = pdf.text(1, true);
    expect(drawn).not.toContain(long);
    expect(drawn.replace(/-\n\s*/g, '').replace(/\s+/g, '')).toContain(long);
  });

  it('gives the same bytes for the same script', async () => {
    const a = await renderWorkshopPdf(script('sv'));
    const b = await renderWorkshopPdf(script('sv'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
