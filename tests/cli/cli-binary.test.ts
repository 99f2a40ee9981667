import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/netverk.js');

function netverk(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    // A hang (an endless read) fails the test instead of stalling the run.
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the built `netverk` command', () => {
  beforeAll(() => {
    // `npm run check` builds first; a lone `npm test` builds the CLI itself.
    if (!existsSync(bin))
      execFileSync('npx', ['vite', 'build', '--mode', 'cli'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  it('is the package bin, with a shebang', () => {
    expect(execFileSync('head', ['-c', '19', bin], { encoding: 'utf8' })).toBe('#!/usr/bin/env node');
  });

  it('exits 0 and speaks the language of LANG', () => {
    const { code, out } = netverk(['templates'], { LANG: 'da_DK.UTF-8' });
    expect(code).toBe(0);
    expect(out).toContain('Temaskema');
  });

  it('exits 1 on invalid input with the JSON path on standard error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netverk-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: 'x' }));
    const { code, out, err } = netverk(['validate', file, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('$.title');
  });

  it('exits 2 on wrong usage', () => {
    expect(netverk(['plan', '--nonsense']).code).toBe(2);
  });

  it('writes a workshop pack to disk', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'netverk-')), 'pack');
    const { code } = netverk(['pack', '--out', out, '--lang', 'sv']);
    expect(code).toBe(0);
    expect(readdirSync(out)).toContain('network-meetings.ics');
    expect(readdirSync(out).filter((f) => f.endsWith('.svg')).length).toBeGreaterThanOrEqual(11);
  });

  it('embeds its font in the bundle: Sámi letters print in a session PDF', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'netverk-')), 'room');
    const args = ['session', 'choose-the-network-type', '--out', out, '--network', 'Ŋ đ ŧ', '--lang', 'sv'];
    expect(netverk(args).code).toBe(0);
    const pdf = join(out, 'choose-the-network-type.pdf');
    expect(execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' })).toContain('Ŋ đ ŧ');
  });

  it('reports --out naming a file in one Danish line, exit 1, no stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netverk-')), 'taken');
    writeFileSync(file, 'x');
    const { code, err } = netverk(['pack', '--out', file, '--lang', 'da']);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('--out angiver en fil, ikke en mappe');
  });

  it('ends at once for an endless input and for --out where no folder can be made', () => {
    // Node's own reader and recursive mkdir never return for these; the CLI's do, with one line.
    const zero = netverk(['harvest', '/dev/zero', '--lang', 'da']);
    expect([zero.code, zero.err.trim()]).toEqual([
      1,
      'Kan ikke læse /dev/zero: filen fylder mere end 10 MB.',
    ]);
    const proc = netverk(['pack', '--out', '/proc/netverk-x', '--lang', 'en']);
    expect(proc.code).toBe(1);
    expect(proc.err.trim().split('\n')).toHaveLength(1);
  });

  it('reads a UTF-8 file with a BOM and names a UTF-16 one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netverk-'));
    const json = JSON.stringify({ title: 'Netværksmøde', start: '2026-12-01T09:00:00+01:00' });
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${json}`, 'utf8');
    writeFileSync(join(dir, 'utf16.json'), `\uFEFF${json}`, 'utf16le');
    expect(netverk(['check-meeting', join(dir, 'bom.json')]).code).toBe(0);
    const { code, err } = netverk(['check-meeting', join(dir, 'utf16.json'), '--lang', 'sv']);
    expect(code).toBe(1);
    expect(err).toContain('är sparad som UTF-16');
  });

  it('reports a missing file and a folder wholly in Danish', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netverk-'));
    expect(netverk(['check-meeting', join(dir, 'nope.json'), '--lang', 'da']).err).toMatch(
      /filen findes ikke\.\n$/,
    );
    expect(netverk(['check-meeting', dir, '--lang', 'da']).err).toMatch(/det er en mappe, ikke en fil\.\n$/);
  });
});
