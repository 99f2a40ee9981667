import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSession, timeSession } from '../../shared/index.ts';
import { readPdfFile } from './read-pdf.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/netverk.js');

function netverk(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the built `netverk session` command', () => {
  beforeAll(() => {
    // `npm run check` builds first; a lone `npm test` builds the CLI itself.
    if (!existsSync(bin))
      execFileSync('npx', ['vite', 'build', '--mode', 'cli'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  it('writes the PDF, the running order and the calendar file to disk, in Danish', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'netverk-')), 'lokale');
    const args = ['session', 'unfold-the-theme', '--out', out, '--lang', 'da'];
    const { code, err } = netverk([...args, '--participants', '14', '--start', '2026-12-01T13:00+01:00']);
    expect(err).not.toMatch(/Error|netverk: /);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'unfold-the-theme.excalidraw',
      'unfold-the-theme.ics',
      'unfold-the-theme.md',
      'unfold-the-theme.pdf',
    ]);
    const session = findSession('unfold-the-theme');
    if (!session) throw new Error('no session');
    const order = timeSession(session, { locale: 'da', participants: 14, start: '13:00' });
    const pdf = readPdfFile(join(out, 'unfold-the-theme.pdf'));
    expect(pdf.papers[0]).toBe('A4');
    const posters = pdf.papers.filter((paper) => paper !== 'A4');
    expect(posters).toHaveLength(order.entries.filter((e) => e.kind === 'template').length);
    const text = pdf.flat();
    expect(text).toContain('Drejebog');
    for (const entry of order.entries)
      expect(text).toContain(`${entry.clock}–${entry.endClock} ${entry.minutes} ${entry.title}`);
    expect(text).toContain('13:00–15:00');
    expect(text).toMatch(/æ.*ø.*å|å.*ø.*æ/);
    expect(readFileSync(join(out, 'unfold-the-theme.ics'), 'utf8')).toContain('DTSTART;TZID=');
  });

  it('refuses an unknown session in one line, exit 1, no stack trace', () => {
    const { code, err } = netverk(['session', 'nope', '--out', tmpdir(), '--lang', 'en']);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('No session with the id "nope". The sessions are: unfold-the-theme,');
  });
});
