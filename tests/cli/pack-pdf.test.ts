import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { pickText } from '../../shared/i18n/localized.ts';
import { builtInTemplates } from './cli-fixtures.ts';
import { createFakeIo } from './fake-io.ts';
import { readPdf } from './read-pdf.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/netverk.js');

function pdfPages(file: string) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const names = [...info.matchAll(/^Page\s+\d+ size:.*?pts(?: \((\w+)\))?/gm)].map((m) => m[1] ?? '?');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  return { names, text };
}

const scriptWords: Record<Locale, string> = {
  da: 'Skabelonerne i pakken',
  sv: 'Mallarna i paketet',
  en: 'The templates in the pack',
};

/** The words a running order's table has, which a pack of separate templates has no use for. */
const runningOrderWords: Record<'da' | 'sv', readonly string[]> = {
  da: ['Drejebog', 'Kl.', 'Arbejdsform', 'I alt'],
  sv: ['Körschema', 'Kl.', 'Arbetsform', 'Totalt'],
};
const header: Record<'da' | 'sv', RegExp> = {
  da: /^\s*Min\.\s+Punkt\s*$/gm,
  sv: /^\s*Min\.\s+Moment\s*$/gm,
};

describe('netverk pack writes workshop.pdf', () => {
  it.each(['da', 'sv', 'en'] as const)(
    'an A4 running order of every template, then every poster at its paper (%s)',
    async (locale) => {
      const fake = createFakeIo();
      expect(await runCli(['pack', '--out', 'pack', '--lang', locale], fake.io)).toBe(0);
      const bytes = fake.bytes.get('pack/workshop.pdf');
      expect(bytes).toBeInstanceOf(Uint8Array);
      const file = join(mkdtempSync(join(tmpdir(), 'netverk-pack-')), 'workshop.pdf');
      writeFileSync(file, bytes ?? new Uint8Array());
      const { names, text } = pdfPages(file);
      const posters = names.slice(names.length - builtInTemplates.length);
      const script = names.slice(0, names.length - builtInTemplates.length);
      expect(script.length).toBeGreaterThanOrEqual(1);
      expect(script.every((name) => name === 'A4')).toBe(true);
      // Each poster is printed on the paper the index names for it.
      const index = fake.written.get('pack/index.md') ?? '';
      builtInTemplates.forEach((template, i) => {
        expect(index).toContain(`[${template.id}.svg](${template.id}.svg) (${posters[i]})`);
      });
      expect(new Set(posters)).toEqual(new Set(['A3', 'A1']));
      expect(text).toContain(scriptWords[locale]);
      for (const template of builtInTemplates) expect(text).toContain(pickText(template.title, locale));
      expect(fake.stderr()).toMatch(/workshop|pack/);
    },
  );

  it.each(['da', 'sv'] as const)(
    'its A4 script lists separate templates: no empty column, no clock, no total (%s)',
    async (locale) => {
      const fake = createFakeIo();
      expect(await runCli(['pack', '--out', 'pack', '--lang', locale], fake.io)).toBe(0);
      const pdf = readPdf(fake.bytes.get('pack/workshop.pdf'));
      const a4 = pdf.papers.findIndex((paper) => paper !== 'A4');
      const script = pdf.text(1, a4);
      // The header on every A4 page names only the columns the rows fill: the length and the template.
      expect(script.match(header[locale])).toHaveLength(a4);
      for (const word of runningOrderWords[locale]) expect(script).not.toContain(word);
      // Clock times belong to the meeting series under the title, never to the templates' rows.
      const table = script.slice(script.search(header[locale]));
      expect(table).not.toMatch(/\d{1,2}:\d{2}/);
      // Every template is a row with its own length, never summed into one.
      for (const template of builtInTemplates) {
        const title = pickText(template.title, locale);
        const minutes = template.timing?.minutes;
        expect(minutes).toBeGreaterThan(0);
        expect(script).toMatch(
          new RegExp(`^\\s*${minutes}\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'),
        );
      }
      const sum = builtInTemplates.reduce((total, template) => total + (template.timing?.minutes ?? 0), 0);
      expect(script).not.toContain(String(sum));
    },
  );
});

const about: Record<'da' | 'sv', string> = {
  da: 'Netværk: Ældrenetværket · Første netværksmøde: Tirsdag den 16. marts 2027 kl. 09:00–10:30',
  sv: 'Nätverk: Ældrenetværket · Första nätverksträffen: Tisdag 16 mars 2027 kl. 09:00–10:30',
};

describe('the pack names its network and first meeting under the title', () => {
  it.each(['da', 'sv'] as const)('--network and --start are on the script (%s)', async (locale) => {
    const fake = createFakeIo();
    const argv = ['pack', '--out', 'pack', '--lang', locale, '--network', 'Ældrenetværket'];
    const start = ['--start', '2027-03-16T09:00+01:00', '--tz', 'Europe/Copenhagen'];
    expect(await runCli([...argv, ...start], fake.io)).toBe(0);
    const pdf = readPdf(fake.bytes.get('pack/workshop.pdf'));
    expect(pdf.text(1, 1).replace(/\s+/g, ' ')).toContain(about[locale]);
  });
});

describe('the built `netverk` command writes workshop.pdf', () => {
  beforeAll(() => {
    if (!existsSync(bin))
      execFileSync('npx', ['vite', 'build', '--mode', 'cli'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  it('with æøå intact, from the bundled pdfkit and its bundled font metrics', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'netverk-')), 'pack');
    const result = spawnSync(process.execPath, [bin, 'pack', '--out', out, '--lang', 'da'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LANG: 'C' },
    });
    expect(result.stderr).not.toMatch(/Error|netverk: /);
    expect(result.status).toBe(0);
    const { names, text } = pdfPages(join(out, 'workshop.pdf'));
    expect(names[0]).toBe('A4');
    expect(names.length).toBeGreaterThan(builtInTemplates.length);
    for (const template of builtInTemplates) expect(text).toContain(pickText(template.title, 'da'));
    expect(text).toContain('Skabelonerne i pakken');
    expect(text).toMatch(/netværk/);
    expect(text).toMatch(/[æøå].*[æøå].*[æøå]/);
  });
});
