import { createAutosaver, type SaveStatus } from '../pages/create-autosaver.ts';
import { readDraftCopy, writeDraftCopy } from '../pages/draft-copy.ts';
import { createDraft } from '../storage/create-draft.ts';
import type { DraftRecord } from '../storage/draft-record-schema.ts';
import type { DraftStore } from './draft-store.ts';

/** Debounce of the continuous save (the brief allows at most 300 ms). */
export const saveDelayMs = 250;

export type DraftChange = Partial<Pick<DraftRecord, 'networkName' | 'themeTitle'>> & {
  fields?: Record<string, string>;
};

/** What the popup shows of the draft: replaced as a whole on every change (a snapshot for React). */
export interface DraftSessionState {
  draft: DraftRecord | null;
  status: SaveStatus;
  error: string | undefined;
}

export interface DraftSession {
  state(): DraftSessionState;
  /** Called after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  update(change: DraftChange): void;
  open(id: string): Promise<void>;
  create(): Promise<void>;
  flush(): Promise<void>;
  /** Connects the session to IndexedDB once its code has loaded (after the first paint). */
  attach(store: DraftStore): Promise<void>;
  /** IndexedDB could not be opened: every save says so (the copy keeps what is typed). */
  fail(error: unknown): void;
}

/**
 * The draft being edited, apart from any view: the canvas form (plain DOM, on the popup's first
 * path) and the React tabs read and change the same one, so switching tabs never loses a keystroke.
 * It starts from the synchronous copy (draft-copy.ts), so the form takes typing at its first paint;
 * every change goes to the copy at once and to IndexedDB after `saveDelayMs` (from when the store is
 * attached); the page hiding flushes it.
 */
export function createDraftSession(): DraftSession {
  const painted = readDraftCopy();
  let state: DraftSessionState = { draft: painted ?? null, status: 'idle', error: undefined };
  const listeners = new Set<() => void>();
  const set = (next: Partial<DraftSessionState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  let attached: (store: DraftStore) => void = () => {};
  let failed: (error: unknown) => void = () => {};
  const storeReady = new Promise<DraftStore>((resolve, reject) => {
    attached = resolve;
    failed = reject;
  });
  // Nobody may be waiting yet; a save that comes later is told.
  storeReady.catch(() => {});
  const saver = createAutosaver<DraftRecord>({
    save: async (value) => (await storeReady).save(value),
    delayMs: saveDelayMs,
    onStatus: (status, error) => set({ status, error }),
  });
  const show = (draft: DraftRecord) => {
    writeDraftCopy(draft);
    set({ draft });
  };
  const flush = () => void saver.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const before = state.draft;
      if (!before) return;
      const next = {
        ...before,
        ...change,
        fields: { ...before.fields, ...change.fields },
        updatedAt: new Date().toISOString(),
      };
      writeDraftCopy(next);
      saver.schedule(next);
      set({ draft: next });
    },
    async open(id) {
      await saver.flush();
      const found = await (await storeReady).read(id);
      if (found) show(found);
    },
    async create() {
      await saver.flush();
      show(createDraft(crypto.randomUUID(), new Date()));
    },
    flush: () => saver.flush(),
    async attach(store) {
      attached(store);
      const chosen = await store.initial(painted);
      // Typing since the first paint is the newest version: it stays, and is saved (the saver holds it).
      if (state.draft === (painted ?? null)) show(chosen);
    },
    fail: (error) => failed(error),
  };
}
