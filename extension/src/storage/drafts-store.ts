import type { Locale } from '../../../shared/index.ts';
import { type DraftRecord, draftRecordSchema } from './draft-record-schema.ts';
import { createDraft, saveDraft } from './draft-records.ts';
import type { NetverkDb } from './netverk-db.ts';

export { createDraft, saveDraft };

import { type RecordProblem, type Restored, readEntries, restoreRecords } from './restore-records.ts';

/** Every readable draft, most recently changed first, and the problems of the unreadable ones. */
export async function listDrafts(db: NetverkDb, locale: Locale): Promise<Restored<DraftRecord>> {
  const restored = restoreRecords('drafts', await readEntries(db, 'drafts'), draftRecordSchema, locale);
  restored.records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return restored;
}

export type DraftLookup =
  | { ok: true; draft: DraftRecord }
  | { ok: false; missing: true }
  | { ok: false; missing: false; problem: RecordProblem };

/** One draft by id: found, missing, or unreadable (with the reason). */
export async function getDraft(db: NetverkDb, id: string, locale: Locale): Promise<DraftLookup> {
  const value: unknown = await db.get('drafts', id);
  if (value === undefined) return { ok: false, missing: true };
  const { records, problems } = restoreRecords('drafts', [{ key: id, value }], draftRecordSchema, locale);
  const [draft] = records;
  if (draft) return { ok: true, draft };
  return { ok: false, missing: false, problem: problems[0] ?? { store: 'drafts', key: id, errors: [] } };
}

export async function deleteDraft(db: NetverkDb, id: string): Promise<void> {
  await db.delete('drafts', id);
}
