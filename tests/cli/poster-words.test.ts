import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import {
  builtInSessions,
  builtInTemplates,
  type Locale,
  layoutRunningOrder,
  prepareSession,
  type Session,
} from '../../shared/index.ts';
import { createFakeIo } from './fake-io.ts';

/** Themes of long compound words, as Nordic themes are: the theme sticky must hyphenate them. */
const themes: Record<Locale, string> = {
  da: 'Sundhedsfremme og Medarbejdertrivsel i Forebyggelsesindsatser',
  sv: 'Kompetensförsörjningsutmaningar i äldreomsorgen',
  en: 'Loneliness among older residents',
};
const minPoints = 8;
/** Poppler's word box is the font's ascender to descender: 1.117 em in Arimo (1854 + 434 of 2048). */
const boxPerPoint = (1854 + 434) / 2048;
const dir = mkdtempSync(join(tmpdir(), 'netverk-posters-'));

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(\w+);/g, (whole, name: string) => entities[name] ?? whole);

/** Every word the plan's texts contain, as typed (the vocabulary a printed word must come from). */
function vocabulary(plan: unknown): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.split(/\s+/)) words.add(word);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(plan);
  return words;
}

/**
 * A printed word is whole (in the vocabulary), the first pieces of a hyphenated word (ending in a
 * hyphen), a title cut with an ellipsis, or the last piece of a word of the vocabulary.
 */
function badWords(printed: string[], words: Set<string>): string[] {
  const endings = [...words];
  return printed.filter(
    (word) =>
      word !== '' &&
      !words.has(word) &&
      !/[-–/…]$/.test(word) &&
      !endings.some((whole) => whole.length > word.length && whole.endsWith(word)),
  );
}

async function pack(locale: Locale) {
  const fake = createFakeIo();
  const code = await runCli(['pack', '--out', 'p', '--lang', locale, '--theme', themes[locale]], fake.io);
  expect(code).toBe(0);
  // No small-text note: the default paper is chosen so that none is needed.
  expect(fake.stderr()).not.toMatch(/8 (pt|pkt|punkter)/);
  return fake;
}

describe.each(['da', 'sv', 'en'] as const)('every poster of the pack in %s', (locale) => {
  it('SVG: no word split without a hyphen, no text under 8 pt at the default paper', async () => {
    const { written } = await pack(locale);
    for (const template of builtInTemplates) {
      const svg = written.get(`p/${template.id}.svg`) ?? '';
      const words = vocabulary(JSON.parse(written.get(`p/${template.id}.json`) ?? '{}'));
      const [, widthMm, viewWidth] = /width="([\d.]+)mm".*?viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg) ?? [];
      const pointsPerUnit = (Number(widthMm) / Number(viewWidth)) * (72 / 25.4);
      for (const [, attributes = '', body = ''] of svg.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
        const size = Number(/font-size="([\d.]+)"/.exec(attributes)?.[1]);
        expect(size * pointsPerUnit, `${template.id}: ${body.slice(0, 60)}`).toBeGreaterThanOrEqual(
          minPoints,
        );
        const lines = [...body.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => unescapeXml(m[1] ?? ''));
        const printed = (lines.length > 0 ? lines : [unescapeXml(body)]).flatMap((line) => line.split(' '));
        expect(badWords(printed, words), `${template.id} in ${locale}`).toEqual([]);
      }
    }
  });

  it('PDF: the same posters, read back by poppler: no word split without a hyphen, no text under 8 pt', async () => {
    const { bytes, written } = await pack(locale);
    const file = join(dir, `${locale}.pdf`);
    writeFileSync(file, bytes.get('p/workshop.pdf') ?? new Uint8Array());
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
    const papers = [...info.matchAll(/^Page\s+\d+ size:.*?\((\w+)\)/gm)].map((m) => m[1]);
    const first = papers.findIndex((paper) => paper !== 'A4') + 1;
    expect(first).toBeGreaterThan(1);
    const words = new Set(
      builtInTemplates.flatMap((t) => [...vocabulary(JSON.parse(written.get(`p/${t.id}.json`) ?? '{}'))]),
    );
    const text = execFileSync('pdftotext', ['-layout', '-f', String(first), '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    expect(badWords(text.split(/\s+/), words)).toEqual([]);
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(first), file, '-'], { encoding: 'utf8' });
    const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    expect(heights.length).toBeGreaterThan(100);
    expect(Math.min(...heights) / boxPerPoint).toBeGreaterThanOrEqual(minPoints - 0.01);
  });
});

/** The poster pages of a PDF (after the A4 script) as poppler reads them: words as drawn, and their heights. */
function posterPages(bytes: Uint8Array | undefined, name: string) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes ?? new Uint8Array());
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  const papers = [...info.matchAll(/^Page\s+\d+ size:.*?\((\w+)\)/gm)].map((m) => m[1]);
  const first = String(papers.findIndex((paper) => paper !== 'A4') + 1);
  const text = execFileSync('pdftotext', ['-layout', '-f', first, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const bbox = execFileSync('pdftotext', ['-bbox', '-f', first, file, '-'], { encoding: 'utf8' });
  const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
    (m) => Number(m[2]) - Number(m[1]),
  );
  return { words: text.split(/\s+/), heights };
}

describe.each(['da', 'sv', 'en'] as const)('every session poster in %s', (locale) => {
  it.each(builtInSessions.map((session) => session.id))(
    '%s: whole or hyphenated words, 8 pt or more',
    async (id) => {
      const session = builtInSessions.find((candidate) => candidate.id === id) as Session;
      const participants = Math.min(session.participants.max, Math.max(session.participants.min, 12));
      const fake = createFakeIo();
      const argv = ['session', id, '--out', 'room', '--lang', locale, '--theme', themes[locale]];
      argv.push('--participants', String(participants));
      expect(await runCli(argv, fake.io)).toBe(0);
      // The words of the session's board as the core lays it out: the posters are cut from it.
      const order = prepareSession({ session, locale, participants }).order;
      if (!order) throw new Error('no running order');
      const words = vocabulary(layoutRunningOrder(session, order, { locale, theme: themes[locale] }));
      const pages = posterPages(fake.bytes.get(`room/${id}.pdf`), `${id}-${locale}`);
      expect(badWords(pages.words, words)).toEqual([]);
      expect(Math.min(...pages.heights) / boxPerPoint).toBeGreaterThanOrEqual(minPoints - 0.01);
    },
  );
});

describe('short words stay whole', () => {
  it('prints "Yes" whole on the English decision tree, in the SVG and the PDF', async () => {
    const { written, bytes } = await pack('en');
    expect(written.get('p/network-type.svg')).toMatch(/<tspan[^>]*>Yes<\/tspan>/);
    const file = join(dir, 'yes.pdf');
    writeFileSync(file, bytes.get('p/workshop.pdf') ?? new Uint8Array());
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/\bYes\b/);
    expect(text).not.toMatch(/\bYe\s*$/m);
  });
});

describe('a paper the user forces', () => {
  it('is used as asked, with one note per poster whose text falls under 8 pt', async () => {
    const fake = createFakeIo({}, 'da_DK.UTF-8');
    expect(await runCli(['pack', '--out', 'p', '--paper', 'A3'], fake.io)).toBe(0);
    const notes = fake
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('Bemærk:'));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatch(
      /^Bemærk: på A3 har [\w-]+\.svg tekst ned til \d+(,\d)? pkt\., og under 8 pkt\./,
    );
    expect(fake.written.get('p/network-type.svg')).toContain('width="297mm"');
  });
});
