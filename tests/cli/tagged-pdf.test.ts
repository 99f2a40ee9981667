import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { builtInSessions, type Session, timeSession } from '../../shared/index.ts';
import { renderWorkshopPdf } from '../../shared/print/render-workshop-pdf.ts';
import { createFakeIo } from './fake-io.ts';
import { readPdf } from './read-pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'netverk-tagged-'));

/** The PDF's structure tree as poppler prints it, one element a line, indented by depth. */
function structureOf(bytes: Uint8Array): string[] {
  return execFileSync('pdfinfo', ['-struct', saved(bytes)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

function saved(bytes: Uint8Array): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

async function session(id: string, args: string[]) {
  const fake = createFakeIo();
  expect(await runCli(['session', id, '--out', 'room', ...args], fake.io)).toBe(0);
  const bytes = fake.bytes.get(`room/${id}.pdf`);
  if (!bytes) throw new Error('no PDF');
  return bytes;
}

describe('the facilitator’s PDF is tagged for screen readers', () => {
  it('says Tagged: yes, PDF 1.7, with the language, headings and one table row per block', async () => {
    const participants = 14;
    const bytes = await session('unfold-the-theme', ['--lang', 'da', '--participants', String(participants)]);
    const pdf = readPdf(bytes);
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.info).toMatch(/^PDF version:\s+1\.7$/m);
    // The catalogue's /Lang: poppler 22's pdfinfo does not print it, the bytes carry it uncompressed.
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Lang (da)');
    const tree = structureOf(bytes);
    expect(tree[0]).toBe('Document');
    expect(tree.filter((line) => /^\s+H1\b/.test(line))).toHaveLength(1);
    expect(tree.filter((line) => /^\s+H2\b/.test(line)).length).toBeGreaterThanOrEqual(1);
    const order = timeSession(builtInSessions.find((s) => s.id === 'unfold-the-theme') as Session, {
      locale: 'da',
      participants,
    });
    const rows = tree.filter((line) => line.trim() === 'TR');
    // The header row, then one row per block of the running order.
    expect(rows).toHaveLength(order.entries.length + 1);
    expect(tree.filter((line) => line.trim() === 'TH')).toHaveLength(4);
    // Each poster is a section with its title as a heading.
    const posters = order.entries.filter((entry) => entry.kind === 'template').length;
    expect(tree.filter((line) => line.trim() === 'Sect')).toHaveLength(posters);
  });

  it('prints letters outside Latin-1 (Sámi ŋ đ ŧ) through the embedded font, which stays searchable', async () => {
    const bytes = await session('choose-the-network-type', [
      '--lang',
      'sv',
      '--network',
      'Sámi: Čáhcesuolu ŋ đ ŧ',
      '--start',
      '2027-03-16T09:00+01:00',
    ]);
    const text = readPdf(bytes).flat(1, 1);
    expect(text).toContain('Čáhcesuolu ŋ đ ŧ');
    // No letter replaced by a question mark (the script's own questions end in one, after a letter).
    expect(text).not.toMatch(/\p{L}\?\p{L}|\s\?\p{L}/u);
    const fonts = execFileSync('pdffonts', [saved(bytes)], { encoding: 'utf8' });
    expect(fonts).toMatch(/Arimo-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('without a font (the core alone) falls back to the standard Helvetica, still tagged', async () => {
    const bytes = await renderWorkshopPdf({
      locale: 'en',
      title: 'Plan ŋ',
      rows: [{ title: 'Welcome', minutes: 5 }],
      posters: [],
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    const pdf = readPdf(bytes);
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.flat()).toContain('Plan ?');
  });
});
