import { readCurrentDraftId } from '../pages/draft-copy.ts';
import { getNetverkDb } from '../pages/get-netverk-db.ts';
import { type DraftRecord, draftRecordSchema } from '../storage/draft-record-schema.ts';
import { createDraft, readDraft, readNewestDraft, saveDraft } from '../storage/draft-records.ts';
import type { NetverkDb } from '../storage/netverk-db.ts';

/** Where the popup's draft session keeps its drafts: IndexedDB, loaded after the first paint. */
export interface DraftStore {
  db: NetverkDb;
  save(draft: DraftRecord): Promise<void>;
  read(id: string): Promise<DraftRecord | undefined>;
  /** The draft to show, given the copy the popup painted (if any). */
  initial(copy: DraftRecord | undefined): Promise<DraftRecord>;
}

export async function openDraftStore(): Promise<DraftStore> {
  const db = await getNetverkDb();
  return {
    db,
    save: (draft) => saveDraft(db, draft),
    read: (id) => readDraft(db, id),
    async initial(copy) {
      // The copy is checked by the schema here, before anything of it is saved.
      const checked = copy && draftRecordSchema.safeParse(copy).success ? copy : undefined;
      if (checked) {
        const stored = await readDraft(db, checked.id);
        if (!stored || stored.updatedAt < checked.updatedAt) await saveDraft(db, checked);
        return stored && stored.updatedAt > checked.updatedAt ? stored : checked;
      }
      const id = readCurrentDraftId();
      const last = id ? await readDraft(db, id) : undefined;
      return last ?? (await readNewestDraft(db)) ?? createDraft(crypto.randomUUID(), new Date());
    },
  };
}
