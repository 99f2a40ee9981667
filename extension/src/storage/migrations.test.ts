import { describe, expect, it } from 'vitest';
import { openTestDb, sampleDraft } from '../../../tests/fixtures/test-db.ts';
import { listDrafts } from './drafts-store.ts';
import { migrations, netverkDbVersion } from './migrations.ts';
import { openNetverkDb } from './netverk-db.ts';
import { listNetworks } from './networks-store.ts';

describe('migrations', () => {
  it('are named v1, v2, … in order, and the version is their count', () => {
    expect(migrations.map((m) => m.name)).toEqual(migrations.map((_, i) => `v${i + 1}`));
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(netverkDbVersion).toBe(migrations.length);
  });

  it.each([
    [1, ['drafts', 'networks']],
    [2, ['drafts', 'networks', 'snippets']],
  ])('version %i has the stores %j', async (version, stores) => {
    const { db } = await openTestDb(version);
    expect([...db.objectStoreNames].sort()).toEqual(stores);
    db.close();
  });

  it('upgrades a v1 database with data to the current version without loss', async () => {
    const { db: v1, name } = await openTestDb(1);
    // Written raw: a v1 page had no by-updated index to write through.
    await v1.put('drafts', sampleDraft('old-draft'));
    await v1.put('networks', {
      id: 'n1',
      name: 'Velfærd',
      type: 'welfare',
      answers: { ambition: 'improve-existing' },
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    v1.close();

    const db = await openNetverkDb({ name });
    expect(db.version).toBe(netverkDbVersion);
    const drafts = await listDrafts(db, 'en');
    expect(drafts).toEqual({ records: [sampleDraft('old-draft')], problems: [] });
    // The v2 index covers records written before it existed.
    expect(await db.getAllKeysFromIndex('drafts', 'by-updated')).toEqual(['old-draft']);
    expect((await listNetworks(db, 'en')).records.map((n) => n.name)).toEqual(['Velfærd']);
    expect(await db.count('snippets')).toBe(0);
    db.close();
  });

  it('opening the current version twice changes nothing', async () => {
    const { db, name } = await openTestDb();
    await db.put('drafts', sampleDraft('d1'));
    db.close();
    const again = await openNetverkDb({ name });
    expect(await again.count('drafts')).toBe(1);
    again.close();
  });
});
