import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../../shared/index.ts';
import { createDraft, getDraft, listDrafts, saveDraft } from '../storage/drafts-store.ts';
import type { NetverkDb } from '../storage/netverk-db.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { createAutosaver, type SaveStatus } from './create-autosaver.ts';
import {
  clearBackup,
  clearBackupIfSaved,
  readBackup,
  readCurrentDraftId,
  writeBackup,
  writeCurrentDraftId,
} from './draft-backup.ts';

/** Debounce of the continuous save (the brief allows at most 300 ms). */
export const saveDelayMs = 250;

export type DraftChange = Partial<Pick<DraftRecord, 'networkName' | 'themeTitle'>> & {
  fields?: Record<string, string>;
};

export interface DraftSession {
  draft: DraftRecord | null;
  status: SaveStatus;
  error: string | undefined;
  update(change: DraftChange): void;
  open(id: string): Promise<void>;
  create(): Promise<void>;
  flush(): Promise<void>;
}

/** The draft being edited: loaded on open, saved continuously, flushed when the page hides. */
export function useDraftSession(db: NetverkDb | null, locale: Locale): DraftSession {
  const [draft, setDraft] = useState<DraftRecord | null>(null);
  const [save, setSave] = useState<{ status: SaveStatus; error?: string }>({ status: 'idle' });
  const current = useRef<DraftRecord | null>(null);
  const saver = useMemo(
    () =>
      db &&
      createAutosaver<DraftRecord>({
        save: async (value) => {
          await saveDraft(db, value);
          clearBackupIfSaved(value);
        },
        delayMs: saveDelayMs,
        onStatus: (status, error) => setSave(error === undefined ? { status } : { status, error }),
      }),
    [db],
  );
  const show = useCallback((next: DraftRecord) => {
    current.current = next;
    setDraft(next);
    writeCurrentDraftId(next.id);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per connection, not per language.
  useEffect(() => {
    if (db) void loadInitialDraft(db, locale).then(show);
  }, [db, show]);

  useEffect(() => {
    if (!saver) return;
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saver]);

  const update = useCallback(
    (change: DraftChange) => {
      const before = current.current;
      if (!before || !saver) return;
      const next = {
        ...before,
        ...change,
        fields: { ...before.fields, ...change.fields },
        updatedAt: new Date().toISOString(),
      };
      current.current = next;
      setDraft(next);
      writeBackup(next);
      saver.schedule(next);
    },
    [saver],
  );

  const flush = useCallback(async () => saver?.flush(), [saver]);
  const open = useCallback(
    async (id: string) => {
      if (!db) return;
      await saver?.flush();
      const found = await getDraft(db, id, locale);
      if (found.ok) show(found.draft);
    },
    [db, saver, locale, show],
  );
  const create = useCallback(async () => {
    await saver?.flush();
    show(createDraft(crypto.randomUUID(), new Date()));
  }, [saver, show]);

  return { draft, status: save.status, error: save.error, update, open, create, flush };
}

/** The draft to show: a newer backup is saved first; then the last one open, the newest, or a new one. */
async function loadInitialDraft(db: NetverkDb, locale: Locale): Promise<DraftRecord> {
  const backup = readBackup();
  if (backup) {
    const stored = await getDraft(db, backup.id, locale);
    if (!stored.ok || stored.draft.updatedAt < backup.updatedAt) await saveDraft(db, backup);
    clearBackup();
  }
  const id = readCurrentDraftId();
  const last = id ? await getDraft(db, id, locale) : undefined;
  if (last?.ok) return last.draft;
  const newest = (await listDrafts(db, locale)).records[0];
  return newest ?? createDraft(crypto.randomUUID(), new Date());
}
