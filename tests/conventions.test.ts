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

/** Where a relative import from `file` lands, as a path from the repository root. */
const targetOf = (file: string, spec: string) => relative(root, join(root, file, '..', spec));

/** The UI layer on top of the core: React and the DOM allowed, the core only through shared/index.ts. */
const uiLayer = 'shared/ui/';

/** Why an import of the UI layer breaks the layering, or nothing: core → UI never; UI → core via the entry only. */
function layerViolation(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const target = targetOf(file, spec);
  const inUi = (path: string) => path.startsWith(uiLayer);
  if (file.startsWith('shared/') && !inUi(file) && inUi(target)) return `${file}: the core imports ${spec}`;
  if (inUi(file) && !inUi(target) && target !== 'shared/index.ts')
    return `${file}: ${spec} is not the core's entry shared/index.ts`;
  return undefined;
}

describe('the core stays pure', () => {
  const core = sourceFiles('shared').filter(
    (f) => !/\.test\.ts$/.test(f) && !/cli\/node-(main|file-system)\.ts$/.test(f) && !f.startsWith(uiLayer),
  );

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
    // A global's member (`document.body`), not a file name that ends in one (`minutes-document.ts`).
    expect(code(file)).not.toMatch(
      /(?<![\w$-])(document|window|chrome|miro|Office|localStorage|indexedDB|navigator)\s*\.(?!tsx?\b)/,
    );
  });

  it('exports through one explicit entry', () => {
    expect(code('shared/index.ts')).not.toMatch(/export\s*\*/);
  });

  it.each(core)('%s never imports the UI layer shared/ui/', (file) => {
    expect(importsOf(read(file)).flatMap((spec) => layerViolation(file, spec) ?? [])).toEqual([]);
  });
});

describe('the UI layer shared/ui/ sits on the core and serves both apps', () => {
  const ui = sourceFiles(uiLayer).filter((f) => !/\.test\.tsx?$/.test(f));

  it('has files to check', () => {
    expect(ui.length).toBeGreaterThan(5);
  });

  it.each(ui)('%s imports React and the core through shared/index.ts only', (file) => {
    const specs = importsOf(read(file));
    expect(specs.filter((spec) => !spec.startsWith('.') && !/^react(-dom)?(\/|$)/.test(spec))).toEqual([]);
    expect(specs.flatMap((spec) => layerViolation(file, spec) ?? [])).toEqual([]);
  });

  it.each(ui)('%s touches no chrome, miro or browser storage', (file) => {
    expect(code(file)).not.toMatch(/\b(chrome|miro|localStorage|indexedDB)\s*\./);
  });

  it('exports through one explicit entry', () => {
    expect(code('shared/ui/index.ts')).not.toMatch(/export\s*\*/);
  });

  it('the layering check catches both directions', () => {
    expect(layerViolation('shared/decide/decide-network-type.ts', '../ui/index.ts')).toMatch(
      /the core imports/,
    );
    expect(layerViolation('shared/index.ts', './ui/tab-bar.tsx')).toMatch(/the core imports/);
    expect(layerViolation('shared/ui/tab-bar.tsx', '../decide/network-types.ts')).toMatch(
      /not the core's entry/,
    );
    expect(layerViolation('shared/ui/tab-bar.tsx', '../../miro-app/src/panel/x.ts')).toMatch(
      /not the core's/,
    );
    expect(layerViolation('shared/ui/tab-bar.tsx', '../index.ts')).toBeUndefined();
    expect(layerViolation('shared/ui/tab-bar.tsx', './ui-look.tsx')).toBeUndefined();
    expect(layerViolation('shared/decide/decide-network-type.ts', '../i18n/locale.ts')).toBeUndefined();
  });
});

/**
 * The core's folders in layers, from the ground up. A file imports only from its own folder or a
 * folder on a lower layer, so every dependency runs one way (templates → plan → sessions → print)
 * and no folder can sit in a circle. Folders on one layer know nothing of each other. A new folder
 * of shared/ takes its place here before it can be imported.
 */
const coreLayers: readonly (readonly string[])[] = [
  ['i18n', 'text'],
  ['meeting', 'decide'],
  ['templates'],
  ['plan'],
  ['sessions'],
  ['packs', 'catalogue'],
  ['print', 'harvest'],
  ['excalidraw'],
  ['cli'],
  ['index.ts'],
  ['ui'],
];

/** `sessions` for `shared/sessions/catalogue/x.ts`; `index.ts` for the entry `shared/index.ts`. */
const coreFolderOf = (path: string) => path.split('/')[1] ?? '';
const layerOf = (folder: string) => coreLayers.findIndex((layer) => layer.includes(folder));

/** Why an import of `file` runs against the layers (naming the file and the import), or nothing. */
function upwardImport(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const target = targetOf(file, spec);
  if (!target.startsWith('shared/')) return undefined;
  const [from, to] = [coreFolderOf(file), coreFolderOf(target)];
  if (from === to) return undefined;
  const [own, other] = [layerOf(from), layerOf(to)];
  if (own < 0) return `${file}: shared/${from} has no layer in coreLayers`;
  if (other < 0) return `${file} imports ${spec}: shared/${to} has no layer in coreLayers`;
  if (other < own) return undefined;
  const where = other === own ? 'on the same layer as' : 'on a layer above';
  return `${file} imports ${spec}: shared/${to} is ${where} shared/${from}`;
}

describe('the core imports one way: no folder of shared/ imports a folder above its own', () => {
  const files = sourceFiles('shared').filter((f) => !/\.test\.tsx?$/.test(f));

  it('every folder of shared/ has its layer', () => {
    const folders = readdirSync(join(root, 'shared'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((folder) => layerOf(folder) < 0)).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    expect(importsOf(code(file)).flatMap((spec) => upwardImport(file, spec) ?? [])).toEqual([]);
  });

  it('the check names the file and the import that runs up, and lets the rest pass', () => {
    expect(upwardImport('shared/templates/template-schema.ts', '../plan/board-plan.ts')).toBe(
      'shared/templates/template-schema.ts imports ../plan/board-plan.ts: shared/plan is on a layer above shared/templates',
    );
    expect(upwardImport('shared/sessions/catalogue/x.ts', '../../print/print-messages.ts')).toMatch(
      /^shared\/sessions\/catalogue\/x\.ts imports \.\.\/\.\.\/print\/print-messages\.ts: .* above shared\/sessions$/,
    );
    expect(upwardImport('shared/print/x.ts', '../harvest/board-reading.ts')).toMatch(/on the same layer as/);
    expect(upwardImport('shared/plan/x.ts', '../index.ts')).toMatch(/above shared\/plan/);
    expect(upwardImport('shared/newfolder/x.ts', '../i18n/locale.ts')).toMatch(/has no layer/);
    expect(upwardImport('shared/print/x.ts', '../sessions/running-order.ts')).toBeUndefined();
    expect(upwardImport('shared/sessions/catalogue/x.ts', '../time-session.ts')).toBeUndefined();
    expect(upwardImport('shared/index.ts', './cli/run-cli.ts')).toBeUndefined();
    expect(upwardImport('shared/plan/x.ts', 'zod')).toBeUndefined();
  });
});

describe('the apps import the core through shared/index.ts, the UI through shared/ui/index.ts, and never each other', () => {
  const apps = [...sourceFiles('miro-app'), ...sourceFiles('extension')];

  it.each(apps.length ? apps : ['(none yet)'])('%s', (file) => {
    if (file === '(none yet)') return;
    const app = file.startsWith('miro-app') ? 'miro-app' : 'extension';
    const other = app === 'miro-app' ? 'extension' : 'miro-app';
    for (const spec of importsOf(read(file)).filter((s) => s.startsWith('.'))) {
      const target = targetOf(file, spec);
      expect(target.startsWith(other), `${file} imports ${spec}`).toBe(false);
      if (target.startsWith('shared'))
        expect(['shared/index.ts', 'shared/ui/index.ts'], `${file} imports ${spec}`).toContain(target);
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

describe('test code stays out of product folders', () => {
  const manifest = JSON.parse(read('package.json')) as { devDependencies?: Record<string, string> };
  const devDependencies = Object.keys(manifest.devDependencies ?? {});
  /** A package a product file may name only in `import type`: it has no JavaScript to ship. */
  const typeOnly = (name: string) => name.startsWith('@types/') || name.endsWith('-types');
  const packageOf = (spec: string) =>
    spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? '');
  // What ships: the core and the apps' sources (build configs are build tools, not product).
  const product = [
    ...sourceFiles('shared'),
    ...sourceFiles('miro-app/src'),
    ...sourceFiles('extension/src'),
  ].filter((f) => !/\.test\.tsx?$/.test(f));
  const statements = (text: string) =>
    [
      ...text.matchAll(
        /^\s*(import|export)\s+(type\s+)?[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm,
      ),
    ].map((m) => ({ typeOnly: m[2] !== undefined, spec: m[3] ?? m[4] ?? '' }));

  /** The devDependencies a file imports at run time. */
  function devImports(text: string): string[] {
    return statements(text)
      .filter(({ spec }) => !spec.startsWith('.') && devDependencies.includes(packageOf(spec)))
      .filter(({ spec, typeOnly: isType }) => !(isType && typeOnly(packageOf(spec))))
      .map(({ spec }) => spec);
  }

  it('finds the dev dependencies and the imports', () => {
    expect(devDependencies).toContain('fast-check');
    expect(
      devImports("import fc from 'fast-check';\nimport type { A } from '@mirohq/websdk-types';"),
    ).toEqual(['fast-check']);
    expect(devImports("import 'fake-indexeddb/auto';\nimport { x } from 'zod';")).toEqual([
      'fake-indexeddb/auto',
    ]);
    expect(devImports("import { type A } from '@mirohq/websdk-types';")).toEqual(['@mirohq/websdk-types']);
  });

  it.each(product)('%s imports no devDependency', (file) => {
    expect(devImports(code(file))).toEqual([]);
  });

  it('keeps testing helpers under tests/', () => {
    expect(
      product.filter((f) => /(^|\/)(testing|test-[a-z-]+|[a-z-]+-arbitrary)(\/|\.tsx?$)/.test(f)),
    ).toEqual([]);
  });
});
