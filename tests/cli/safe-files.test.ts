import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../shared/cli/node-file-system.ts';
import { runCli } from '../../shared/cli/run-cli.ts';
import { createFileIo, type FileSystemPort, fileError, readFileCapped } from '../../shared/cli/safe-files.ts';
import { createFakeIo } from './fake-io.ts';

/** The CLI over a file system (the real one, or one with a fault), with the fake's clock and output. */
async function run(argv: string[], fs: FileSystemPort = nodeFileSystem) {
  const fake = createFakeIo({}, 'da_DK.UTF-8');
  const code = await runCli(argv, { ...fake.io, ...createFileIo(fs) });
  return { code, out: fake.stdout(), err: fake.stderr() };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'netverk-safe-'));

/** The real file system, except that the Nth write stops half-way with a full disk. */
function diskFullAt(failing: number): FileSystemPort {
  let count = 0;
  return {
    ...nodeFileSystem,
    writeFile: async (path, data) => {
      count += 1;
      if (count < failing) return nodeFileSystem.writeFile(path, data);
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
      await nodeFileSystem.writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw fileError('ENOSPC', path);
    },
  };
}

describe('writes that hold', () => {
  it('leaves no half-written file when the disk fills during pack: one Danish line, exit 1', async () => {
    const out = join(tempDir(), 'p');
    const { code, err } = await run(
      ['pack', '--out', out, '--start', '2027-03-16T09:00+01:00'],
      diskFullAt(3),
    );
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^Kan ikke skrive .*: disken er fuld\.$/m);
    const left = readdirSync(out);
    // Two whole files were written before the disk filled; nothing partial is left beside them.
    expect(left).toHaveLength(2);
    for (const name of left) {
      expect(name).not.toMatch(/partial/);
      if (name.endsWith('.json'))
        expect(() => JSON.parse(readFileSync(join(out, name), 'utf8'))).not.toThrow();
      if (name.endsWith('.svg')) expect(readFileSync(join(out, name), 'utf8').trimEnd()).toMatch(/<\/svg>$/);
    }
  });

  it('keeps the old file whole when writing its new version fails', async () => {
    const out = join(tempDir(), 's');
    const first = await run(['session', 'choose-the-network-type', '--out', out]);
    expect(first.code).toBe(0);
    const before = readFileSync(join(out, 'choose-the-network-type.pdf'));
    const { code, err } = await run(['session', 'choose-the-network-type', '--out', out], diskFullAt(1));
    expect(code).toBe(1);
    expect(err).toContain('disken er fuld');
    expect(readFileSync(join(out, 'choose-the-network-type.pdf')).equals(before)).toBe(true);
    expect(readdirSync(out).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('fails at once with one line for --out under /proc, where no folder can be made', async () => {
    const { code, err } = await run(['pack', '--out', '/proc/netverk-x']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('Kan ikke skrive /proc/netverk-x: mappen findes ikke og kan ikke oprettes der.');
  });

  it('names a read-only or missing place, never an error code', async () => {
    const { code, err } = await run(['pack', '--out', '']);
    expect(code).toBe(1);
    expect(err).not.toMatch(/ENOENT|fejl/);
  });

  it('makes nested folders and accepts an existing one', async () => {
    const out = join(tempDir(), 'a', 'b', 'c');
    expect((await run(['session', 'choose-the-network-type', '--out', out])).code).toBe(0);
    expect((await run(['session', 'choose-the-network-type', '--out', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'choose-the-network-type.excalidraw',
      'choose-the-network-type.md',
      'choose-the-network-type.pdf',
    ]);
    expect(readdirSync(out).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('reads that end', () => {
  it('refuses /dev/zero at once with one Danish line, exit 1', async () => {
    const { code, err } = await run(['harvest', '/dev/zero']);
    expect(code).toBe(1);
    expect(err.trim()).toBe('Kan ikke læse /dev/zero: filen fylder mere end 10 MB.');
  });

  it('refuses a 50 MB file the same way', async () => {
    const file = join(tempDir(), 'big.json');
    writeFileSync(file, '{"readingVersion":1,"items":[');
    truncateSync(file, 50 * 1024 * 1024);
    const { code, err } = await run(['harvest', file, '--lang', 'sv']);
    expect(code).toBe(1);
    expect(err.trim()).toBe(`Kan inte läsa ${file}: filen är större än 10 MB.`);
  });

  it('reads a file of exactly the cap, and refuses one byte more', async () => {
    const file = join(tempDir(), 'cap.bin');
    writeFileSync(file, new Uint8Array(3000).fill(65));
    expect((await readFileCapped(nodeFileSystem, file, 3000)).length).toBe(3000);
    await expect(readFileCapped(nodeFileSystem, file, 2999)).rejects.toMatchObject({ code: 'EFBIG' });
  });
});
