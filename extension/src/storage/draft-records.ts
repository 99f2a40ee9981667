import { createDraft } from './create-draft.ts';
import { type DraftRecord, draftRecordSchema } from './draft-record-schema.ts';

export { createDraft };

import type { NetverkDb } from './netverk-db.ts';

/**
 * The drafts as the popup needs them on its first path: read, checked by the one schema (zod/mini)
 * and written, with no localized problem reports (drafts-store.ts has those, for the drafts list).
 */

/** Writes a draft (validated first, so nothing invalid is ever stored). */
export async function saveDraft(db: NetverkDb, draft: DraftRecord): Promise<void> {
  await db.put('drafts', draftRecordSchema.parse(draft));
}

/** One readable draft by id; undefined when it is missing or unreadable. */
export async function readDraft(db: NetverkDb, id: string): Promise<DraftRecord | undefined> {
  const parsed = draftRecordSchema.safeParse(await db.get('drafts', id));
  return parsed.success ? parsed.data : undefined;
}

/** The most recently changed readable draft, if any. */
export async function readNewestDraft(db: NetverkDb): Promise<DraftRecord | undefined> {
  let newest: DraftRecord | undefined;
  for (const value of await db.getAll('drafts')) {
    const parsed = draftRecordSchema.safeParse(value);
    if (parsed.success && (!newest || parsed.data.updatedAt > newest.updatedAt)) newest = parsed.data;
  }
  return newest;
}
