// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft } from '../storage/create-draft.ts';
import type { DraftRecord } from '../storage/draft-record-schema.ts';
import { readDraft, saveDraft } from '../storage/draft-records.ts';
import { openDraftStore } from './draft-store.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();
const draft = (id: string, title: string, minute: number): DraftRecord => ({
  ...createDraft(id, new Date(at(0))),
  themeTitle: title,
  updatedAt: at(minute),
});

beforeEach(() => localStorage.clear());

describe("the popup's draft store: the copy against IndexedDB", () => {
  it('saves a copy newer than the stored draft, and keeps a stored draft newer than the copy', async () => {
    const store = await openDraftStore();
    await saveDraft(store.db, draft('a', 'Stored', 1));
    expect((await store.initial(draft('a', 'Copy', 2))).themeTitle).toBe('Copy');
    expect((await readDraft(store.db, 'a'))?.themeTitle).toBe('Copy');
    await saveDraft(store.db, draft('b', 'Imported', 9));
    expect((await store.initial(draft('b', 'Old copy', 3))).themeTitle).toBe('Imported');
    expect((await readDraft(store.db, 'b'))?.themeTitle).toBe('Imported');
  });

  it('never saves a copy the schema refuses: it falls back to the newest stored draft', async () => {
    const store = await openDraftStore();
    await saveDraft(store.db, draft('c', 'Newest', 30));
    const broken = { ...draft('z', 'Broken', 40), updatedAt: 'yesterday' };
    expect((await store.initial(broken)).themeTitle).toBe('Newest');
    expect(await readDraft(store.db, 'z')).toBeUndefined();
  });
});
