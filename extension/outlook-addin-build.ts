import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { addinIconSizes, renderAddinIcon } from './outlook-addin-icons.ts';

/** Where IT hosts dist/outlook-addin/ (HTTPS, ending in `/`); the manifest's every URL starts with it. */
export const defaultAddinBaseUrl = 'https://localhost:3000/outlook-addin/';

/** The base URL from `NETVERK_ADDIN_BASE_URL`: HTTPS only, always ending in `/`. */
export function addinBaseUrl(env: string | undefined = process.env.NETVERK_ADDIN_BASE_URL): string {
  const value = env?.trim() || defaultAddinBaseUrl;
  const url = new URL(value);
  if (url.protocol !== 'https:') throw new Error(`NETVERK_ADDIN_BASE_URL must be https: ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest template with its base URL filled in (XML-escaped). */
export function renderAddinManifest(template: string, baseUrl: string): string {
  const escaped = baseUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return template.replaceAll('{{BASE_URL}}', escaped);
}

const addinRoot = (root: string) => resolve(root, 'extension/src/outlook-addin');
const outDir = (root: string) => resolve(root, 'dist/outlook-addin');

/**
 * The Outlook add-in's task pane (React, the extension's card) into dist/outlook-addin/, with file
 * names unhashed (the manifest names them and must not change with every build), plus the manifest,
 * the runtime's HTML page and the icons. Office.js stays a `<script>` from Microsoft's CDN.
 */
export function outlookAddinBuild(root: string): UserConfig {
  return {
    root: addinRoot(root),
    base: './',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic' } },
    plugins: [addinFiles(root)],
    build: {
      outDir: outDir(root),
      emptyOutDir: true,
      target: 'es2020',
      // The pane carries the card and the core in one file, loaded once per Outlook session.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        input: { taskpane: resolve(addinRoot(root), 'taskpane.html') },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: '[name].js',
          assetFileNames: '[name][extname]',
        },
      },
    },
  };
}

/**
 * The event runtime: ONE self-contained classic script (an IIFE, no imports, no chunks), as classic
 * Outlook for Windows requires; built after the task pane into the same folder.
 */
export function outlookRuntimeBuild(root: string): UserConfig {
  return {
    root: addinRoot(root),
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: outDir(root),
      emptyOutDir: false,
      target: 'es2017',
      minify: true,
      lib: {
        entry: resolve(addinRoot(root), 'launch-event.ts'),
        formats: ['iife'],
        name: 'netverkRuntime',
        fileName: () => 'launchevent.js',
      },
    },
  };
}

function addinFiles(root: string): Plugin {
  return {
    name: 'netverk:outlook-addin-files',
    generateBundle() {
      const template = readFileSync(resolve(addinRoot(root), 'manifest.xml'), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.xml',
        source: renderAddinManifest(template, addinBaseUrl()),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'commands.html',
        source: readFileSync(resolve(addinRoot(root), 'commands.html'), 'utf8'),
      });
      for (const size of addinIconSizes)
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source: renderAddinIcon(size) });
    },
  };
}
