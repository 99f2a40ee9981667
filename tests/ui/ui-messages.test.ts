import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogParity } from '../../shared/index.ts';
import { uiMessages } from '../../shared/ui/index.ts';

const uiDir = join(import.meta.dirname, '../../shared/ui');

describe('the shared UI speaks da, sv and en', () => {
  it('has every key in every language, with the same placeholders', () => {
    expect(checkCatalogParity('ui', uiMessages)).toEqual([]);
  });

  it('the parity check sees a gap', () => {
    const broken = { ...uiMessages, sv: { ...uiMessages.sv, back: '' } };
    expect(checkCatalogParity('ui', broken)).toEqual(['ui.sv.back: missing']);
  });
});

/** Components take every visible text from the catalogue: no words typed into JSX or its labels. */
describe('no hard-coded text in shared UI components', () => {
  const files = readdirSync(uiDir).filter((name) => name.endsWith('.tsx'));
  const textNode = /(?<![=-])>\s*[\p{L}][^<>{}]*</u;
  const labelAttribute = /\b(aria-label|alt|title|placeholder)="[^"]*\p{L}/u;

  it('finds the component files', () => {
    expect(files.length).toBeGreaterThan(4);
  });

  it.each(files)('%s', (file) => {
    const offending = readFileSync(join(uiDir, file), 'utf8')
      .split('\n')
      .filter((line) => textNode.test(line) || labelAttribute.test(line));
    expect(offending).toEqual([]);
  });
});
