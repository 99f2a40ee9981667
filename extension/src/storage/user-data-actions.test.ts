import { describe, expect, it } from 'vitest';
import { openTestDb, sampleDraft, sampleFile } from '../../../tests/fixtures/test-db.ts';
import { listDrafts } from './drafts-store.ts';
import { settingsStorageKey } from './settings-schema.ts';
import type { SettingsAreas } from './settings-store.ts';
import { dismissalsKey } from './storage-keys.ts';
import { deleteEverything, exportAllUserData, importAllUserData } from './user-data-actions.ts';

function fakeLocal(initial: Record<string, unknown>) {
  const store: Record<string, unknown> = structuredClone(initial);
  const keys = (k: string | string[]) => (Array.isArray(k) ? k : [k]);
  const local = {
    get: async (k: string | string[]) =>
      Object.fromEntries(
        keys(k)
          .filter((x) => x in store)
          .map((x) => [x, store[x]]),
      ),
    set: async (items: Record<string, unknown>) => void Object.assign(store, structuredClone(items)),
    remove: async (k: string | string[]) => {
      for (const x of keys(k)) delete store[x];
    },
  } as unknown as SettingsAreas['local'];
  return { local, store };
}

const now = new Date('2026-04-01T12:00:00.000Z');
const initial = { [settingsStorageKey]: { language: 'da' }, [dismissalsKey]: { old: ['notes-after'] } };

describe('user data actions', () => {
  it('imports a good file into both storages, merging dismissals', async () => {
    const { db } = await openTestDb();
    const { local, store } = fakeLocal(initial);
    const outcome = await importAllUserData(db, local, JSON.stringify(sampleFile()), 'en');
    expect(outcome).toEqual({ ok: true, counts: { drafts: 1, networks: 0, snippets: 0 } });
    expect(store[settingsStorageKey]).toEqual({ language: 'sv', keywords: ['erfa'] });
    expect(store[dismissalsKey]).toEqual({ old: ['notes-after'], 'series-1': ['same-place'] });
    expect((await exportAllUserData(db, local, now)).drafts).toEqual([sampleDraft('d1')]);
    db.close();
  });

  it('changes nothing anywhere when the file has an error', async () => {
    const { db } = await openTestDb();
    const { local, store } = fakeLocal(initial);
    const bad = { ...sampleFile(), drafts: [sampleDraft('new'), { ...sampleDraft('x'), id: '' }] };
    const outcome = await importAllUserData(db, local, JSON.stringify(bad), 'en');
    expect(outcome.ok).toBe(false);
    expect(store).toEqual(initial);
    expect((await listDrafts(db, 'en')).records).toEqual([]);
    db.close();
  });

  it('puts the settings back when the database write fails', async () => {
    const { db } = await openTestDb();
    const { local, store } = fakeLocal(initial);
    db.close();
    await expect(importAllUserData(db, local, JSON.stringify(sampleFile()), 'en')).rejects.toThrow();
    expect(store).toEqual(initial);
  });

  it('deletes everything but the policy', async () => {
    const { db } = await openTestDb();
    const { local, store } = fakeLocal({ ...initial, other: 1 });
    await importAllUserData(db, local, JSON.stringify(sampleFile()), 'en');
    await deleteEverything(db, local);
    expect(store).toEqual({ other: 1 });
    expect(await db.count('drafts')).toBe(0);
    db.close();
  });
});
