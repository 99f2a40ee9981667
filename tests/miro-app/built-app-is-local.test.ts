import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRemoteCssImports } from '../../miro-app/build-config.ts';

/**
 * The Miro app as built for people (`vite build --mode miro-app`, what dist/miro-app holds): nothing in
 * it fetches a font or a style sheet from elsewhere, and the preview's test hooks are not in it.
 */
const root = resolve(import.meta.dirname, '../..');
let outDir = '';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const text = (suffixes: string[]) =>
  files(outDir)
    .filter((file) => suffixes.some((suffix) => file.endsWith(suffix)))
    .map((file) => ({ file, content: readFileSync(file, 'utf8') }));

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'netverk-miro-app-local-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    mode: 'miro-app',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built Miro app', () => {
  it('index.html, which Miro loads hidden on every board, runs a few KB of script: no React, no mirotone', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    // What the page itself loads: its module script and the modules it preloads, not lazy chunks.
    const loaded = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
    // Miro's own SDK (miro.js) is Miro's, not ours.
    const scripts = loaded.filter((file) => file.endsWith('.js') && !file.startsWith('http'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(loaded.filter((file) => file.endsWith('.css'))).toEqual([]);
    const bytes = scripts.reduce((sum, file) => sum + readFileSync(join(outDir, file)).length, 0);
    expect(bytes).toBeLessThan(4_000);
    for (const file of scripts) {
      const code = readFileSync(join(outDir, file), 'utf8');
      expect(code).not.toMatch(/react\.dev|__SECRET_INTERNALS|createRoot/);
    }
  });

  it('has no external http(s) font or style sheet: no remote @import, url(), <link> or font service', () => {
    const problems = text(['.css', '.html', '.js']).flatMap(({ file, content }) => {
      const found = [
        ...content.matchAll(/@import\s+(?:url\()?\s*["']?https?:\/\/[^"')\s;]+/g),
        ...content.matchAll(/url\(\s*["']?https?:\/\/[^"')\s]+/g),
        ...content.matchAll(/<link[^>]+href=["']?https?:\/\/[^"'\s>]+/g),
        ...content.matchAll(
          /https?:\/\/[^"'\s)]*(?:fonts\.googleapis|fonts\.gstatic|typekit|fonts\.com|fontawesome)[^"'\s)]*/g,
        ),
        ...content.matchAll(/https?:\/\/[^"'\s)]+\.(?:woff2?|ttf|otf|eot|css)(?=["'\s)?#])/g),
      ];
      return found.map((match) => `${file.slice(outDir.length)}: ${match[0]}`);
    });
    expect(problems).toEqual([]);
  });

  it('serves Open Sans itself, with the Nordic letters', () => {
    const css = text(['.css'])
      .map((f) => f.content)
      .join('\n');
    expect(css).toMatch(
      /@font-face\{font-family:Open Sans;[^}]*src:url\(\.\/open-sans-latin-400-normal-[\w-]+\.woff2\)/,
    );
    expect(files(outDir).filter((file) => file.endsWith('.woff2')).length).toBeGreaterThanOrEqual(3);
  });

  it('has no test hooks: the preview does not expose its stand-in', () => {
    const hooks = text(['.js']).filter(({ content }) => content.includes('__netverk'));
    expect(hooks.map(({ file }) => file)).toEqual([]);
  });
});

describe('dropRemoteCssImports', () => {
  const transform = (code: string, id = '/x/styles.css') => {
    const hook = dropRemoteCssImports().transform as (
      code: string,
      id: string,
    ) => { code: string } | undefined;
    return hook(code, id)?.code;
  };

  it('drops a remote @import (url() or string, with ; inside the URL) and keeps the rest', () => {
    const css =
      '@import url("https://fonts.googleapis.com/css2?family=Open+Sans:ital,wght@0,300;0,400&display=swap");:root{--a:1}' +
      "@import 'http://cdn.example/x.css' screen;b{c:d}";
    expect(transform(css)).toBe(':root{--a:1}b{c:d}');
  });

  it('leaves local imports and files other than CSS alone', () => {
    expect(transform('@import "./local.css";a{b:c}')).toBeUndefined();
    expect(transform('@import url("https://x.example/a.css");', '/x/a.js')).toBeUndefined();
  });
});
