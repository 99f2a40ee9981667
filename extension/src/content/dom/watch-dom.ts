/**
 * Runs `check` once the page has changed, at most once per `ms`. After the first mutation the
 * observer disconnects until `check` has run, so a host's mutation storm costs one record per
 * window instead of one per node; `check` reads the page afresh, so nothing is missed.
 * `poke()` schedules a check for changes no observer sees (typing into an input).
 */
export function watchDom(
  root: Node,
  options: MutationObserverInit,
  check: () => void,
  ms: number,
  signal: AbortSignal,
): { poke(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    check();
    if (!signal.aborted) observer.observe(root, options);
  };
  const poke = (): void => {
    if (signal.aborted || timer !== undefined) return;
    timer = setTimeout(run, ms);
  };
  const observer = new MutationObserver(() => {
    observer.disconnect();
    poke();
  });
  observer.observe(root, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  return { poke };
}
