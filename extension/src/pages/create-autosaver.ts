export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions<T> {
  save(value: T): Promise<void>;
  /** Quiet time after the last change before writing; at most 300 ms so little is ever at risk. */
  delayMs: number;
  onStatus(status: SaveStatus, error?: string): void;
}

export interface Autosaver<T> {
  /** Remembers the newest value and writes it once the typing pauses. */
  schedule(value: T): void;
  /** Writes the pending value now (page hidden or closing); resolves when every write is done. */
  flush(): Promise<void>;
}

/** Debounced, ordered saving: writes never overlap, and the last value always wins. */
export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return chain;
    const { value } = pending;
    pending = undefined;
    chain = chain
      .then(() => options.save(value))
      .then(
        () => {
          if (!pending) options.onStatus('saved');
        },
        (error: unknown) => options.onStatus('error', error instanceof Error ? error.message : String(error)),
      );
    return chain;
  }

  return {
    schedule(value) {
      pending = { value };
      options.onStatus('saving');
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), options.delayMs);
    },
    flush,
  };
}
