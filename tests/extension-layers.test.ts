import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The extension's storage stands below its pages, content scripts and worker: nothing in
 * extension/src/storage/ imports upwards, and its modules import each other without a circle
 * (type-only imports count: a circle of types is a knot all the same).
 */
const root = resolve(import.meta.dirname, '..');
const storage = 'extension/src/storage';

const sources = readdirSync(join(root, storage))
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => `${storage}/${file}`);

/** Relative imports of a file, as paths from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) =>
    relative(root, resolve(root, dirname(file), m[1] ?? '')),
  );
}

/** The first import circle found among `files`, as the list of files around it; empty when none. */
function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const files = [...graph.keys()];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] => {
    if (state.get(file) === 'done') return [];
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next);
      if (circle.length > 0) return circle;
    }
    path.pop();
    state.set(file, 'done');
    return [];
  };
  for (const file of files) {
    const circle = visit(file);
    if (circle.length > 0) return circle;
  }
  return [];
}

describe('extension storage layering', () => {
  it('has files to check', () => {
    expect(sources.length).toBeGreaterThan(8);
  });

  it.each(sources)('%s imports nothing above the storage layer', (file) => {
    const upwards = importsOf(file).filter((target) =>
      /^extension\/src\/(content|pages|background|outlook-addin)\//.test(target),
    );
    expect(upwards).toEqual([]);
  });

  it('its modules import each other without a circle', () => {
    const graph = new Map(sources.map((file) => [file, importsOf(file).filter((t) => sources.includes(t))]));
    expect(findCircle(graph)).toEqual([]);
  });

  it('the circle check finds a circle, type-only imports too (so the test above can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['b.ts']],
    ]);
    expect(findCircle(graph)).toEqual(['b.ts', 'c.ts', 'b.ts']);
    expect(importsOf(`${storage}/migrations.ts`)).toContain(`${storage}/netverk-db-schema.ts`);
  });
});
