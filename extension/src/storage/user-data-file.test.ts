import { describe, expect, it } from 'vitest';
import { checkCatalogParity } from '../../../shared/index.ts';
import { openTestDb, sampleDraft, sampleFile } from '../../../tests/fixtures/test-db.ts';
import { deleteAllUserData, importUserData } from './import-user-data.ts';
import { saveNetwork } from './networks-store.ts';
import { storageMessages } from './storage-messages.ts';
import { exportUserData, parseUserDataFile } from './user-data-file.ts';

const now = new Date('2026-04-01T12:00:00.000Z');
const text = (overrides: Record<string, unknown>) => JSON.stringify({ ...sampleFile(), ...overrides });

describe('parseUserDataFile', () => {
  it('accepts an export file', () => {
    expect(parseUserDataFile(JSON.stringify(sampleFile()), 'en')).toEqual({ ok: true, data: sampleFile() });
  });

  it.each([
    ['not JSON', '{"format":', 'en', '$', /not JSON/],
    ['a newer version', text({ version: 2 }), 'en', '$.version', /1/],
    [
      'a bad date in a draft',
      text({ drafts: [{ ...sampleDraft('d1'), updatedAt: 'yesterday' }] }),
      'da',
      '$.drafts[0].updatedAt',
      /ugyldig|dato|ikke skrevet på den rigtige måde/i,
    ],
    [
      'a duplicate id',
      text({ drafts: [sampleDraft('d1'), sampleDraft('d1')] }),
      'sv',
      '$.drafts[1].id',
      /förekommer mer än en gång/,
    ],
    ['an unknown language', text({ settings: { language: 'de' } }), 'en', '$.settings.language', /da|sv|en/],
    ['a bad dismissal list', text({ dismissals: { s: 'all' } }), 'en', '$.dismissals.s', /must be a list/i],
  ])('refuses %s with a JSON path', (_name, input, locale, path, message) => {
    const outcome = parseUserDataFile(input, locale as 'da' | 'sv' | 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('lists every error, not just the first', () => {
    const outcome = parseUserDataFile(text({ format: 'other', drafts: [{ id: '' }] }), 'en');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.length).toBeGreaterThanOrEqual(5);
  });

  it('messages exist in all three languages', () => {
    expect(checkCatalogParity('storage', storageMessages)).toEqual([]);
  });
});

describe('export, import, delete all (IndexedDB part)', () => {
  it('round-trips everything through the file', async () => {
    const { db } = await openTestDb();
    await importUserData(db, sampleFile());
    const network = { id: 'n1', name: 'Læring', answers: {}, updatedAt: now.toISOString() };
    await saveNetwork(db, network);
    const local = {
      settings: { language: 'sv' as const, keywords: ['erfa'] },
      dismissals: { 'series-1': ['same-place'] },
    };
    expect(await exportUserData(db, local, now)).toEqual(sampleFile({ networks: [network] }));
    db.close();
  });

  it('changes nothing when one write of the import fails', async () => {
    const { db } = await openTestDb();
    await importUserData(db, sampleFile());
    // A snippet without its key makes the put throw after the draft was queued.
    const broken = sampleFile({ drafts: [sampleDraft('d2')], snippets: [{ text: 'x' } as never] });
    await expect(importUserData(db, broken)).rejects.toThrow();
    expect(await db.getAllKeys('drafts')).toEqual(['d1']);
    db.close();
  });

  it('deletes all records', async () => {
    const { db } = await openTestDb();
    await importUserData(db, sampleFile());
    await deleteAllUserData(db);
    expect(await db.count('drafts')).toBe(0);
    db.close();
  });
});
