import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTemplates, layoutTemplate, locales, templateSchema } from '../shared/index.ts';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('node_modules'))
    .map((f) => join(dir, f));
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const importsOf = (text: string) =>
  [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('the core stays pure', () => {
  const core = sourceFiles('shared').filter((f) => !/\.test\.ts$/.test(f) && !f.endsWith('cli/node-main.ts'));

  it('has files to check', () => {
    expect(core.length).toBeGreaterThan(20);
  });

  it.each(core)('%s imports no platform', (file) => {
    const forbidden = importsOf(read(file)).filter((spec) =>
      /^(react|react-dom|idb|chrome|@mirohq\/|@crxjs\/|node:|fs$|path$)/.test(spec),
    );
    expect(forbidden).toEqual([]);
  });

  it.each(core)('%s touches no DOM, chrome or miro global', (file) => {
    expect(code(file)).not.toMatch(/\b(document|window|chrome|miro|localStorage|indexedDB|navigator)\s*\./);
  });

  it('exports through one explicit entry', () => {
    expect(code('shared/index.ts')).not.toMatch(/export\s*\*/);
  });
});

describe('the apps import the core through shared/index.ts and never each other', () => {
  const apps = [...sourceFiles('miro-app'), ...sourceFiles('extension')];

  it.each(apps.length ? apps : ['(none yet)'])('%s', (file) => {
    if (file === '(none yet)') return;
    const app = file.startsWith('miro-app') ? 'miro-app' : 'extension';
    const other = app === 'miro-app' ? 'extension' : 'miro-app';
    for (const spec of importsOf(read(file)).filter((s) => s.startsWith('.'))) {
      const target = relative(root, join(root, file, '..', spec));
      expect(target.startsWith(other), `${file} imports ${spec}`).toBe(false);
      if (target.startsWith('shared')) expect(target, `${file} imports ${spec}`).toBe('shared/index.ts');
    }
  });

  it('only miro-app/src/board/ touches miro.board (entry files just hand it over)', () => {
    const outside = apps.filter(
      (f) =>
        !f.startsWith('miro-app/src/board/') &&
        !/\/main-[\w-]+\.tsx?$/.test(f) &&
        /\bmiro\.board\b/.test(code(f)),
    );
    expect(outside).toEqual([]);
  });
});

describe('naming', () => {
  const all = [
    ...sourceFiles('shared'),
    ...sourceFiles('miro-app'),
    ...sourceFiles('extension'),
    ...sourceFiles('tests'),
  ];
  it.each(all)('%s is kebab-case', (file) => {
    const name = file.split('/').at(-1) ?? '';
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx)$/);
  });
});

describe('every built-in template is valid and lays out in every language', () => {
  it.each(builtInTemplates.map((t) => t.id))('%s', (id) => {
    const template = builtInTemplates.find((t) => t.id === id);
    expect(templateSchema.safeParse(template).success).toBe(true);
    for (const locale of locales) {
      const plan = layoutTemplate(template as (typeof builtInTemplates)[number], { locale });
      expect(plan.items.length).toBeGreaterThan(0);
      expect(plan.locale).toBe(locale);
    }
  });
});
