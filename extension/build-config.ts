import { type CrxPlugin, crx } from '@crxjs/vite-plugin';
import type { UserConfig } from 'vite';
import { createManifest } from './manifest.config.ts';

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
    plugins: [crx({ manifest: createManifest(version, testHosts) }), keepScriptsPrivate()],
    build: {
      outDir: `${root}/dist/${outDir}`,
      emptyOutDir: true,
      sourcemap: false,
      target: 'chrome116',
      // Chrome has module preloading; the polyfill would be one more script before the popup's.
      modulePreload: { polyfill: false },
      rollupOptions: {
        output: {
          // The popup's first path in ONE file with its entry: each extra module file it waits for
          // costs its first paint more than the bytes do (tests/bench/extension-pages.bench.ts).
          manualChunks: (id) => (popupFirstPath.test(id) ? 'popup' : undefined),
        },
      },
    },
  };
}

/** The modules the popup paints with: its shell, the canvas form, the messages and the canvas template. */
const popupFirstPath =
  /\/(extension\/src\/popup\/(popup-main|canvas-form|draft-session|element|popup-tab-bar|popup-locale|islands|island-props)\.ts|extension\/src\/pages\/(pages-messages|pages-translator|theme-canvas-fields|browser-locale|create-autosaver|draft-copy)\.ts|extension\/src\/storage\/(create-draft|storage-limits)\.ts|shared\/i18n\/(define-messages|locale)\.ts|shared\/ui\/tab-keys\.ts|shared\/templates\/catalogue\/theme-canvas\.ts|extension\/src\/pages\/pages\.css)$/;

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
