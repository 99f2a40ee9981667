import { describe, expect, it } from 'vitest';
import { checkCatalogParity } from '../../../shared/index.ts';
import { deleteAllUserData, importUserData } from './import-user-data.ts';
import { saveNetwork } from './networks-store.ts';
import { storageMessages } from './storage-messages.ts';
import { openTestDb, sampleDraft } from './test-db.ts';
import { exportUserData, parseUserDataFile, type UserDataFile } from './user-data-file.ts';

const now = new Date('2026-04-01T12:00:00.000Z');

function file(overrides: Partial<UserDataFile> = {}): UserDataFile {
  return {
    format: 'netverk-user-data',
    version: 1,
    exportedAt: now.toISOString(),
    drafts: [sampleDraft('d1')],
    networks: [],
    dismissals: [{ series: 's', promptId: 'same-place', dismissedAt: now.toISOString() }],
    snippets: [],
    settings: { language: 'sv', keywords: ['erfa'] },
    ...overrides,
  };
}

describe('parseUserDataFile', () => {
  it('accepts an export file', () => {
    expect(parseUserDataFile(JSON.stringify(file()), 'en')).toEqual({ ok: true, data: file() });
  });

  it.each([
    ['not JSON', '{"format":', 'en', '$', /not JSON/],
    ['a newer version', JSON.stringify({ ...file(), version: 2 }), 'en', '$.version', /1/],
    [
      'a bad field in a draft',
      JSON.stringify(file({ drafts: [{ ...sampleDraft('d1'), updatedAt: 'yesterday' }] })),
      'da',
      '$.drafts[0].updatedAt',
      /ugyldig|dato/i,
    ],
    [
      'a duplicate id',
      JSON.stringify(file({ drafts: [sampleDraft('d1'), sampleDraft('d1')] })),
      'sv',
      '$.drafts[1].id',
      /förekommer mer än en gång/,
    ],
    [
      'an unknown language',
      JSON.stringify(file({ settings: { language: 'de' as 'da' } })),
      'en',
      '$.settings.language',
      /da|sv|en/,
    ],
  ])('refuses %s with a JSON path', (_name, text, locale, path, message) => {
    const outcome = parseUserDataFile(text, locale as 'da' | 'sv' | 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('lists every error, not just the first', () => {
    const text = JSON.stringify({ ...file(), format: 'other', drafts: [{ id: '' }] });
    const outcome = parseUserDataFile(text, 'en');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.length).toBeGreaterThanOrEqual(5);
  });

  it('messages exist in all three languages', () => {
    expect(checkCatalogParity('storage', storageMessages)).toEqual([]);
  });
});

describe('export, import, delete all', () => {
  it('round-trips everything through the file', async () => {
    const { db } = await openTestDb();
    await importUserData(db, file());
    await saveNetwork(db, { id: 'n1', name: 'Læring', answers: {}, updatedAt: now.toISOString() });
    const exported = await exportUserData(db, { language: 'sv', keywords: ['erfa'] }, now);
    expect(exported).toEqual(
      file({ networks: [{ id: 'n1', name: 'Læring', answers: {}, updatedAt: now.toISOString() }] }),
    );
    db.close();
  });

  it('changes nothing when one write of the import fails', async () => {
    const { db } = await openTestDb();
    await importUserData(db, file());
    // A dismissal without its key path makes the put throw after the drafts were queued.
    const broken = file({ drafts: [sampleDraft('d2')], dismissals: [{ promptId: 'x' } as never] });
    await expect(importUserData(db, broken)).rejects.toThrow();
    expect(await db.getAllKeys('drafts')).toEqual(['d1']);
    db.close();
  });

  it('deletes all records', async () => {
    const { db } = await openTestDb();
    await importUserData(db, file());
    await deleteAllUserData(db);
    expect(await db.count('drafts')).toBe(0);
    expect(await db.count('dismissals')).toBe(0);
    db.close();
  });
});
