import { describe, expect, it } from 'vitest';
import { openTestDb, sampleDraft } from '../../../tests/fixtures/test-db.ts';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from './drafts-store.ts';

describe('drafts store', () => {
  it('saves, lists newest first, reads and deletes drafts', async () => {
    const { db } = await openTestDb();
    await saveDraft(db, sampleDraft('a', '2026-03-01T10:00:00.000Z'));
    await saveDraft(db, sampleDraft('b', '2026-03-02T10:00:00.000Z'));
    expect((await listDrafts(db, 'en')).records.map((d) => d.id)).toEqual(['b', 'a']);
    expect(await getDraft(db, 'a', 'en')).toEqual({ ok: true, draft: sampleDraft('a') });
    await deleteDraft(db, 'a');
    expect(await getDraft(db, 'a', 'en')).toEqual({ ok: false, missing: true });
    db.close();
  });

  it('refuses to store an invalid draft', async () => {
    const { db } = await openTestDb();
    const bad = { ...createDraft('x', new Date('2026-01-01T00:00:00Z')), fields: { 'Bad Key': 'text' } };
    await expect(saveDraft(db, bad)).rejects.toThrow();
    expect(await db.count('drafts')).toBe(0);
    db.close();
  });

  it('reports a corrupt record in the user language and still lists the good ones', async () => {
    const { db } = await openTestDb();
    await saveDraft(db, sampleDraft('good'));
    // A record written by a buggy or older build, straight into the store.
    await db.put('drafts', { ...sampleDraft('broken'), themeTitle: 42 } as never);
    const { records, problems } = await listDrafts(db, 'da');
    expect(records.map((d) => d.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ store: 'drafts', key: '"broken"' });
    expect(problems[0]?.errors[0]?.path).toBe('$.themeTitle');
    expect(problems[0]?.errors[0]?.message).toMatch(/streng|tekst/i);
    const lookup = await getDraft(db, 'broken', 'en');
    expect(lookup.ok).toBe(false);
    db.close();
  });
});
