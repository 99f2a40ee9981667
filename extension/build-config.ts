import { type CrxPlugin, crx } from '@crxjs/vite-plugin';
import type { Plugin, UserConfig } from 'vite';
import type { Locale } from '../shared/index.ts';
import { createManifest } from './manifest.config.ts';
import { renderPopupMarkup } from './src/popup/popup-markup.ts';
import { popupPages } from './src/popup/popup-pages.ts';

/**
 * Vite settings for the browser extension: a CRXJS production build of Manifest V3 into
 * dist/extension. `NETVERK_EXTENSION_TEST_HOSTS` (comma-separated match patterns) makes a test build
 * into dist/extension-test that holds those intranet hosts without a permission prompt.
 */
export function extensionBuild(root: string): UserConfig {
  const testHosts = (process.env.NETVERK_EXTENSION_TEST_HOSTS ?? '').split(',').filter(Boolean);
  const outDir = testHosts.length > 0 ? 'extension-test' : 'extension';
  const version = process.env.npm_package_version ?? '0.1.0';
  return {
    root: `${root}/extension`,
    plugins: [crx({ manifest: createManifest(version, testHosts) }), prerenderPopups(), keepScriptsPrivate()],
    build: {
      outDir: `${root}/dist/${outDir}`,
      emptyOutDir: true,
      sourcemap: false,
      target: 'chrome116',
      // Chrome has module preloading; the polyfill would be one more script before the popup's.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // The manifest names one popup page; the other languages' pages are built beside it.
        input: Object.values(popupPages).map((page) => `${root}/extension/${page}`),
        // As rolldown asks of a group that leaves its modules' dependencies out (entries export nothing).
        preserveEntrySignatures: false,
        output: {
          // The popup's first path in two files, its entry and this: each module file it waits for
          // costs its first paint more than the bytes do (tests/bench/extension-pages.bench.ts).
          codeSplitting: {
            groups: [{ name: 'popup-first', test: popupFirstShared, includeDependenciesRecursively: false }],
          },
        },
      },
    },
  };
}

/**
 * The pure modules the popup's entry imports that other pages import too (the messages, the canvas
 * template, the tab rules): one chunk, no code of the popup's own, so the options page and the worker
 * may load it without running the popup.
 */
const popupFirstShared =
  /\/(shared\/i18n\/(define-messages|locale)|shared\/ui\/tab-keys|shared\/templates\/catalogue\/theme-canvas|extension\/src\/pages\/(pages-messages|pages-translator|theme-canvas-fields|browser-locale|create-autosaver|draft-copy)|extension\/src\/storage\/(create-draft|storage-limits))\.ts$/;

/**
 * Writes each language's popup page with its first view prerendered (the same renderer the popup
 * uses at run time), so the header, the tabs and the canvas form paint before any script runs.
 */
function prerenderPopups(): Plugin {
  const pages = Object.entries(popupPages) as [Locale, string][];
  return {
    name: 'netverk:prerender-popups',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const locale = pages.find(([, page]) => context.filename.endsWith(page))?.[0];
        if (!locale) return html;
        const root = '<div id="root"></div>';
        if (!html.includes(root))
          throw new Error(`${context.filename} has no empty ${root} to prerender into`);
        return html
          .replace('<html lang="en">', `<html lang="${locale}">`)
          .replace(root, `<div id="root">${renderPopupMarkup(locale)}</div>`);
      },
    },
  };
}

/**
 * Both content scripts are self-contained IIFEs injected by the browser or by
 * `chrome.scripting.executeScript`, which needs no web-accessible resources; CRXJS lists the card for
 * every site anyway, which would let any page probe for the extension. Drop that entry and the
 * unused ESM copy of the card CRXJS leaves beside its IIFE.
 */
function keepScriptsPrivate(): CrxPlugin {
  const intermediate = /^assets\/card-main\.iife\.ts-[\w-]+\.js$/;
  return {
    name: 'netverk:keep-scripts-private',
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
    generateBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) if (intermediate.test(fileName)) delete bundle[fileName];
    },
  };
}
