import type { Integration, IntegrationContext } from './integration.ts';

type NavigateEventLike = Event & { destination?: { url?: string }; downloadRequest?: string | null };

/**
 * Starts every matching integration and restarts them when the single-page host navigates:
 * each run gets its own AbortSignal, aborted on the next navigation or when `signal` aborts.
 */
export function runIntegrations(
  list: readonly Integration[],
  ctx: IntegrationContext,
  win: Window,
  signal: AbortSignal,
): void {
  let run: AbortController | undefined;
  let lastUrl = '';
  const start = (): void => {
    const href = win.location.href;
    if (href === lastUrl) return;
    lastUrl = href;
    run?.abort();
    run = new AbortController();
    startMatching(list, ctx, win, run.signal);
  };
  const leaving = (event: NavigateEventLike): void => {
    if (event.downloadRequest || event.destination?.url === lastUrl) return;
    run?.abort();
    lastUrl = '';
  };
  signal.addEventListener('abort', () => run?.abort(), { once: true });
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    // `navigate` fires before the URL changes: tear down at once; `currententrychange` starts anew.
    navigation.addEventListener('navigate', (event) => leaving(event as NavigateEventLike), { signal });
    navigation.addEventListener('currententrychange', start, { signal });
    navigation.addEventListener('navigateerror', start, { signal });
  }
  // History traversal without the Navigation API (other browsers) still restarts.
  win.addEventListener('popstate', () => start(), { signal });
  start();
}

function startMatching(
  list: readonly Integration[],
  ctx: IntegrationContext,
  win: Window,
  signal: AbortSignal,
) {
  const url = new URL(win.location.href);
  for (const integration of list) {
    if (signal.aborted) return;
    try {
      if (integration.matches(url, win.document)) integration.init(signal, ctx);
    } catch (error) {
      // One broken integration must not take the others (or the host page) down.
      console.warn(`[netverk] ${integration.id} failed`, error);
    }
  }
}
