import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import { createFakeIo } from './fake-io.ts';

async function help(argv: string[]) {
  const fake = createFakeIo({});
  const code = await runCli(argv, fake.io);
  return { code, out: fake.stdout() };
}

describe('the CLI help speaks one language', () => {
  it.each([
    ['da', 'Brug: netverk <kommando> [tilvalg]'],
    ['sv', 'Användning: netverk <kommando> [flaggor]'],
    ['en', 'Usage: netverk <command> [options]'],
  ])('the overview in %s', async (lang, line) => {
    const { out } = await help(['--help', '--lang', lang]);
    expect(out).toContain(line);
  });

  it.each([
    ['da', '<forløbs-id>', '--out MAPPE', '[--network NAVN]'],
    ['sv', '<upplägg-id>', '--out MAPP', '[--network NAMN]'],
    ['en', '<session-id>', '--out DIR', '[--network NAME]'],
  ])('session in %s: the synopsis uses the words of the option rows', async (lang, id, out, network) => {
    const { code, out: text } = await help(['session', '--help', '--lang', lang]);
    expect(code).toBe(0);
    const [synopsis = '', options = ''] = text.split(/\n\n(?=\S+:\n)/);
    expect(synopsis).toContain(`netverk session ${id} ${out}`);
    expect(synopsis).toContain(network);
    expect(options).toContain(`  ${id} `);
    expect(options).toContain(`  ${out} `);
    expect(text).not.toMatch(lang === 'en' ? /MAPPE|NAVN/ : /\b(DIR|NAME|FILE)\b|<session-id>/);
  });

  it.each(['session', 'pack'].flatMap((command) => ['da', 'sv', 'en'].map((lang) => [command, lang])))(
    'every option row of %s in %s starts its text in one column',
    async (command, lang) => {
      const { out } = await help([command, '--help', '--lang', lang]);
      const rows = out.split('\n').filter((line) => /^ {2}(--|<)/.test(line));
      expect(rows.length).toBeGreaterThan(5);
      const columns = new Set(rows.map((row) => /^ {2}\S+(?: \S+)? +/.exec(row)?.[0].length));
      expect([...columns]).toEqual([22]);
    },
  );

  it.each(['da', 'sv', 'en'])('pack in %s documents every option its synopsis names', async (lang) => {
    const { out } = await help(['pack', '--help', '--lang', lang]);
    const [synopsis = '', options = ''] = out.split(/\n\n(?=\S+:\n)/);
    const named = [...synopsis.matchAll(/--[a-z]+/g)].map((match) => match[0]);
    expect(named.length).toBeGreaterThan(8);
    for (const option of named) expect(options).toMatch(new RegExp(`^  ${option}\\b`, 'm'));
  });
});
