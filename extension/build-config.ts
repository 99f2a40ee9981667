import type { UserConfig } from 'vite';

/** Vite settings for the browser extension (build → dist/extension, a production build). */
export function extensionBuild(root: string): UserConfig {
  return { root: `${root}/extension`, build: { outDir: `${root}/dist/extension`, emptyOutDir: true } };
}
