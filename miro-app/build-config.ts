import type { UserConfig } from 'vite';

/** Vite settings for the Miro app (`vite --mode miro-app` serves it on port 3000; build → dist/miro-app). */
export function miroAppBuild(root: string): UserConfig {
  return { root: `${root}/miro-app`, build: { outDir: `${root}/dist/miro-app`, emptyOutDir: true } };
}
