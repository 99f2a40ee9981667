import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

/** The Miro app's three pages: the hidden entry Miro loads, the panel, and the local preview. */
export const miroAppPages = ['index', 'app', 'preview'] as const;

/** A CSS `@import` of anything served from outside the app: a web font service, a CDN. */
const remoteImport =
  /@import\s+(?:url\(\s*(["']?)https?:\/\/[^"')]*\1\s*\)|(["'])https?:\/\/[^"']*\2)[^;]*;/g;

/**
 * Nothing leaves the browser: mirotone's CSS imports Open Sans from a font service. The import is
 * dropped; the app serves the same font itself (`@fontsource/open-sans`, imported by each page).
 */
export function dropRemoteCssImports(): Plugin {
  return {
    name: 'netverk-drop-remote-css-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(?:\?|$)/.test(id)) return undefined;
      const local = code.replace(remoteImport, '');
      return local === code ? undefined : { code: local, map: null };
    },
  };
}

/**
 * Vite settings for the Miro app (`vite --mode miro-app` serves it on port 3000; build → dist/miro-app).
 * `testHooks` (mode `miro-app-test`, the browser tests' build) lets the preview expose its stand-in.
 */
export function miroAppBuild(root: string, { testHooks = false } = {}): UserConfig {
  const appRoot = resolve(root, 'miro-app');
  return {
    root: appRoot,
    // Relative asset paths, so dist/miro-app can be hosted under any path.
    base: './',
    // The manifest's sdkUri names port 3000: a silent move to 3001 would load a stale app in Miro.
    server: { port: 3000, strictPort: true },
    preview: { port: 3000, strictPort: true },
    oxc: { jsx: { runtime: 'automatic' } },
    plugins: [dropRemoteCssImports()],
    define: { __NETVERK_TEST_HOOKS__: JSON.stringify(testHooks) },
    build: {
      outDir: resolve(root, 'dist/miro-app'),
      emptyOutDir: true,
      rolldownOptions: {
        input: Object.fromEntries(miroAppPages.map((page) => [page, resolve(appRoot, `${page}.html`)])),
      },
    },
  };
}

/**
 * The page for teams without Miro (`vite build --mode whiteboard` → dist/whiteboard): make a board for
 * Excalidraw or Nextcloud Whiteboard and harvest the saved file, on any static web server.
 */
export function whiteboardBuild(root: string): UserConfig {
  // Its own root, so the page is dist/whiteboard/index.html, what a static server serves first.
  const pageRoot = resolve(root, 'miro-app/whiteboard');
  return {
    root: pageRoot,
    base: './',
    oxc: { jsx: { runtime: 'automatic' } },
    plugins: [dropRemoteCssImports()],
    build: {
      outDir: resolve(root, 'dist/whiteboard'),
      emptyOutDir: true,
      rolldownOptions: { input: resolve(pageRoot, 'index.html') },
    },
  };
}
