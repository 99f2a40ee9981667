import 'fake-indexeddb/auto';
import { type NetverkDb, openNetverkDb } from './netverk-db.ts';
import type { DraftRecord } from './record-schemas.ts';
import type { UserDataFile } from './user-data-file.ts';

let counter = 0;

/** A fresh database in fake-indexeddb, under a name no other test uses. */
export async function openTestDb(version?: number): Promise<{ db: NetverkDb; name: string }> {
  counter += 1;
  const name = `netverk-test-${counter}-${Math.random().toString(36).slice(2)}`;
  return { db: await openNetverkDb(version === undefined ? { name } : { name, version }), name };
}

export function sampleDraft(id: string, updatedAt = '2026-03-01T10:00:00.000Z'): DraftRecord {
  return {
    id,
    networkName: 'Ledernetværket',
    themeTitle: 'Ensomhed blandt ældre',
    fields: { theme: 'Sådan ser vi det i dag', challenge: 'Én sætning' },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt,
  };
}

/** A valid export file with one draft, one dismissal and some settings. */
export function sampleFile(overrides: Partial<UserDataFile> = {}): UserDataFile {
  return {
    format: 'netverk-user-data',
    version: 1,
    exportedAt: '2026-04-01T12:00:00.000Z',
    drafts: [sampleDraft('d1')],
    networks: [],
    dismissals: { 'series-1': ['same-place'] },
    snippets: [],
    settings: { language: 'sv', keywords: ['erfa'] },
    ...overrides,
  };
}
