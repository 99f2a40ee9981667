// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readDraftCopy, writeDraftCopy } from '../pages/draft-copy.ts';
import { createDraft } from '../storage/create-draft.ts';
import type { DraftRecord } from '../storage/draft-record-schema.ts';
import { createDraftSession } from './draft-session.ts';
import type { DraftStore } from './draft-store.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();
const draft = (title: string, minute: number): DraftRecord => ({
  ...createDraft('d1', new Date(at(0))),
  themeTitle: title,
  updatedAt: at(minute),
});

/** A store whose `initial` answers as told, recording what is saved. */
function fakeStore(initial: DraftRecord) {
  const saved: DraftRecord[] = [];
  const store: DraftStore = {
    db: null as unknown as DraftStore['db'],
    save: async (value) => {
      saved.push(value);
    },
    read: async () => undefined,
    initial: async () => initial,
  };
  return { store, saved };
}

beforeEach(() => localStorage.clear());

describe('the popup draft session', () => {
  it('shows the synchronous copy at once, before any store is attached', () => {
    writeDraftCopy(draft('Ensomhed', 1));
    const session = createDraftSession();
    expect(session.state().draft?.themeTitle).toBe('Ensomhed');
  });

  it('has nothing to show (and takes no typing) without a copy until the store answers', async () => {
    const session = createDraftSession();
    session.update({ themeTitle: 'lost?' });
    expect(session.state().draft).toBeNull();
    await session.attach(fakeStore(draft('Fra databasen', 3)).store);
    expect(session.state().draft?.themeTitle).toBe('Fra databasen');
  });

  it('keeps what was typed before the store answered, and saves it, over the stored version', async () => {
    writeDraftCopy(draft('Ensomhed', 1));
    const session = createDraftSession();
    session.update({ themeTitle: 'Ensomhed blandt ældre' });
    expect(readDraftCopy()?.themeTitle).toBe('Ensomhed blandt ældre');
    const { store, saved } = fakeStore(draft('Ændret et andet sted', 2));
    await session.attach(store);
    expect(session.state().draft?.themeTitle).toBe('Ensomhed blandt ældre');
    await session.flush();
    expect(saved.map((d) => d.themeTitle)).toEqual(['Ensomhed blandt ældre']);
  });

  it('shows what the store chose when nothing was typed (a newer version saved elsewhere)', async () => {
    writeDraftCopy(draft('Gammel', 1));
    const session = createDraftSession();
    await session.attach(fakeStore(draft('Nyere', 5)).store);
    expect(session.state().draft?.themeTitle).toBe('Nyere');
    expect(readDraftCopy()?.themeTitle).toBe('Nyere');
  });

  it('says a save failed when the database cannot open, and keeps the typing in the copy', async () => {
    writeDraftCopy(draft('Ensomhed', 1));
    const session = createDraftSession();
    session.fail(new Error('QuotaExceededError'));
    session.update({ themeTitle: 'Ensomhed blandt ældre' });
    await session.flush();
    expect(session.state()).toMatchObject({ status: 'error', error: 'QuotaExceededError' });
    expect(readDraftCopy()?.themeTitle).toBe('Ensomhed blandt ældre');
  });

  it('reads no copy that lacks a draft’s shape', () => {
    localStorage.setItem('netverk.draftBackup', JSON.stringify({ id: 'd1', fields: { theme: 3 } }));
    expect(readDraftCopy()).toBeUndefined();
    localStorage.setItem('netverk.draftBackup', '{not json');
    expect(readDraftCopy()).toBeUndefined();
  });
});
