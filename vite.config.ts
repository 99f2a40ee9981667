import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { extensionBuild } from './extension/build-config.ts';
import { miroAppBuild } from './miro-app/build-config.ts';

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
  extension: () => extensionBuild(root),
};

export default defineConfig(async ({ mode }) => {
  const build = builds[mode];
  const base: UserConfig = build ? await build() : {};
  return {
    ...base,
    test: {
      include: bench
        ? ['tests/bench/**/*.bench.ts']
        : [
            'shared/**/*.test.ts',
            'miro-app/**/*.test.{ts,tsx}',
            'extension/**/*.test.{ts,tsx}',
            'tests/**/*.test.{ts,tsx}',
          ],
      testTimeout: bench ? 600_000 : 30_000,
      hookTimeout: 120_000,
      // Browser tests share one Chromium install; keep files from fighting over two cores.
      maxWorkers: 2,
      // Benchmarks run one file at a time, so one measurement never competes with another for the cores.
      fileParallelism: !bench,
    },
  };
});
