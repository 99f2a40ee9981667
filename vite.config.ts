import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { extensionBuild } from './extension/build-config.ts';
import { outlookAddinBuild, outlookRuntimeBuild } from './extension/outlook-addin-build.ts';
import { miroAppBuild, whiteboardBuild } from './miro-app/build-config.ts';

/**
 * One config, one mode per product part (`vite build --mode <part>`), so each part is built and
 * tested the same way. Vitest reads the `test` block; `NETVERK_BENCH=1` switches it to benchmarks.
 */
const root = import.meta.dirname;
const bench = process.env.NETVERK_BENCH === '1';

const builds: Record<string, () => UserConfig | Promise<UserConfig>> = {
  // The `netverk` command line: one Node file, dependencies bundled, run by the package's `bin`.
  cli: () => ({
    build: {
      ssr: resolve(root, 'shared/cli/node-main.ts'),
      outDir: 'dist/cli',
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'netverk.js', banner: '#!/usr/bin/env node' } },
    },
    ssr: { noExternal: true },
  }),
  'miro-app': () => miroAppBuild(root),
  // The browser tests' build of the Miro app: the same, plus the preview's test hooks.
  'miro-app-test': () => miroAppBuild(root, { testHooks: true }),
  extension: () => extensionBuild(root),
  // The plain page for teams without Miro: boards for Excalidraw and Nextcloud Whiteboard, and their harvest.
  whiteboard: () => whiteboardBuild(root),
  // The Outlook add-in: the task pane and its files, then the event runtime as one classic script.
  'outlook-addin': () => outlookAddinBuild(root),
  'outlook-addin-runtime': () => outlookRuntimeBuild(root),
};

export default defineConfig(async ({ mode }) => {
  const build = builds[mode];
  const base: UserConfig = build ? await build() : {};
  return {
    ...base,
    resolve: {
      ...base.resolve,
      // pdfkit's platform-free build: no `fs`, fonts passed in, so the core stays pure and the CLI bundles it.
      alias: [
        {
          find: /^pdfkit\/browser$/,
          replacement: resolve(root, 'node_modules/pdfkit/js/pdfkit.browser.mjs'),
        },
      ],
    },
    test: {
      testTimeout: bench ? 600_000 : 30_000,
      hookTimeout: 120_000,
      maxWorkers: 2,
      projects: bench
        ? [
            // Benchmarks run one file at a time, so one measurement never competes with another for the cores.
            {
              extends: true,
              test: { name: 'bench', include: ['tests/bench/**/*.bench.ts'], fileParallelism: false },
            },
          ]
        : [
            {
              extends: true,
              test: {
                name: 'unit',
                include: [
                  'shared/**/*.test.ts',
                  'miro-app/**/*.test.{ts,tsx}',
                  'extension/**/*.test.{ts,tsx}',
                  'tests/**/*.test.{ts,tsx}',
                ],
                exclude: ['tests/browser/**', 'tests/time-zone/**', '**/node_modules/**'],
                sequence: { groupOrder: 0 },
              },
            },
            // The tests that read dates, again on a machine set to UTC and to a zone far from ours:
            // what they assert must not depend on where the machine is.
            ...['UTC', 'Pacific/Auckland'].map((zone) => ({
              extends: true as const,
              test: {
                name: `unit ${zone}`,
                include: [
                  'shared/meeting/**/*.test.ts',
                  'shared/sessions/**/*.test.ts',
                  'shared/cli/**/*.test.ts',
                  'tests/cli/run-cli.test.ts',
                  'tests/cli/session-command.test.ts',
                  'tests/time-zone/**/*.test.ts',
                ],
                env: { TZ: zone },
                sequence: { groupOrder: 0 },
              },
            })),
            {
              // Real-browser tests come after the rest, one file at a time: Chromium's timing is only
              // trustworthy when it does not share two cores with other test files.
              extends: true,
              test: {
                name: 'browser',
                include: ['tests/browser/**/*.test.ts'],
                fileParallelism: false,
                sequence: { groupOrder: 1 },
              },
            },
          ],
    },
  };
});
