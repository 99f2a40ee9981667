import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureExtensionBuilt } from './browser/launch-extension.ts';

/**
 * The popup's first path in the production build: the scripts its page loads before anything is
 * imported on demand (the entry and its static imports, followed through every chunk). React, zod,
 * the template catalogue and the board layout must all wait until a tab or an export needs them;
 * the benchmark (tests/bench/extension-pages.bench.ts) measures what that buys.
 */
let dir = '';
let firstPath = new Map<string, string>();

/** Static `import … from "./x.js"` and `import "./x.js"` of a chunk, never `import("./x.js")`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*[`"'](\.{1,2}\/[^`"']+)[`"']/g)].map((m) => m[1] ?? '');
}

beforeAll(() => {
  dir = ensureExtensionBuilt();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const html = readFileSync(join(dir, manifest.action.default_popup), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  firstPath = new Map();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (firstPath.has(file)) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    firstPath.set(file, code);
    for (const target of staticImports(code)) queue.push(join(file, '..', target));
  }
}, 120_000);

describe("the popup's first path", () => {
  it('is found: the entry and its chunks', () => {
    expect(firstPath.size).toBeGreaterThanOrEqual(1);
    expect([...firstPath.values()].join('\n')).toContain('netverk.popupTab');
  });

  it.each([
    ['React', /react\.dev\/errors|__reactContainer/],
    ['zod', /\$ZodType|\$ZodObject|ZodError/],
    // The ids of other templates (the canvas's own text names the seven characteristics).
    [
      'the template catalogue',
      /id:\s*[`'"](seven-characteristics|perfect-group|leader-competences|open-meeting)[`'"]/,
    ],
    ['the board layout', /planVersion/],
  ])('holds no %s', (_name, marker) => {
    const holding = [...firstPath].filter(([, code]) => marker.test(code)).map(([file]) => file);
    expect(holding).toEqual([]);
  });

  it('loads the other tabs when they are opened (dynamic imports)', () => {
    const code = [...firstPath.values()].join('\n');
    for (const island of ['decide-tab', 'workshop-tab', 'drafts-tab', 'export-island'])
      expect(code).toMatch(new RegExp(`import\\([\`"'][^\`"']*${island}-[\\w-]+\\.js[\`"']\\)`));
  });
});
