import type { Miro } from '@mirohq/websdk-types';

/**
 * Miro's SDK global when this page runs inside Miro, else undefined. miro.js also loads on a page
 * opened directly, so the page must be framed (Miro loads apps in iframes) to count as inside.
 */
export function findMiro(): Miro | undefined {
  const miro = (globalThis as { miro?: Miro }).miro;
  return miro && window.self !== window.top ? miro : undefined;
}
