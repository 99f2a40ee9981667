import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'netverk-session-pdf-'));
let count = 0;

/** A PDF read back with poppler: paper name per page (A4, A3, A1), the text of each page and of all (layout kept). */
export function readPdf(bytes: Uint8Array | undefined) {
  if (!bytes) throw new Error('no PDF was written');
  count += 1;
  const file = join(dir, `${count}.pdf`);
  writeFileSync(file, bytes);
  return readPdfFile(file);
}

export function readPdfFile(file: string) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const papers = [...info.matchAll(/^Page\s+\d+ size:.*?pts(?: \((\w+)\))?/gm)].map((m) => m[1] ?? '?');
  const text = (first?: number, last?: number) =>
    execFileSync(
      'pdftotext',
      [
        '-layout',
        '-enc',
        'UTF-8',
        ...(first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)]),
        file,
        '-',
      ],
      { encoding: 'utf8' },
    );
  return {
    info,
    papers,
    text,
    flat: (first?: number, last?: number) => text(first, last).replace(/\s+/g, ' '),
  };
}
