import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../tests/fixtures/test-db.ts';
import type { SettingsAreas } from './settings-store.ts';
import { drainSnippetInbox } from './snippet-inbox.ts';
import { listSnippets } from './snippets-store.ts';
import { themeSnippetsKey } from './storage-keys.ts';

describe('drainSnippetInbox', () => {
  it('moves good snippets into the database, drops bad ones, and empties the inbox', async () => {
    const { db } = await openTestDb();
    const store: Record<string, unknown> = {
      [themeSnippetsKey]: [
        {
          text: 'Kept text',
          pageTitle: 'Intranet',
          url: 'https://intra.example.org/a',
          savedAt: '2026-02-01T10:00:00.000Z',
        },
        { text: '', pageTitle: 'Empty', url: '', savedAt: '2026-02-01T10:00:00.000Z' },
        'garbage',
      ],
    };
    const local = {
      get: async (key: string) => ({ [key]: store[key] }),
      remove: async (key: string) => void delete store[key],
      set: async () => {},
    } as unknown as SettingsAreas['local'];
    let n = 0;
    expect(await drainSnippetInbox(db, local, () => `s${++n}`)).toBe(1);
    expect(store).toEqual({});
    expect((await listSnippets(db, 'en')).records).toEqual([
      {
        id: 's1',
        text: 'Kept text',
        pageTitle: 'Intranet',
        url: 'https://intra.example.org/a',
        createdAt: '2026-02-01T10:00:00.000Z',
      },
    ]);
    expect(await drainSnippetInbox(db, local, () => 'again')).toBe(0);
    db.close();
  });
});
