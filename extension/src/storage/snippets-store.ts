import type { Locale } from '../../../shared/index.ts';
import type { NetverkDb } from './netverk-db.ts';
import { type SnippetRecord, snippetRecordSchema, storageLimits } from './record-schemas.ts';
import { type Restored, readEntries, restoreRecords } from './restore-records.ts';

/** Keeps a snippet and returns how many are kept; the oldest go once the limit is reached. */
export async function addSnippet(db: NetverkDb, snippet: SnippetRecord): Promise<number> {
  const tx = db.transaction('snippets', 'readwrite');
  await tx.store.put(snippetRecordSchema.parse(snippet));
  let count = await tx.store.count();
  let cursor = await tx.store.index('by-created').openCursor();
  while (cursor && count > storageLimits.snippets) {
    await cursor.delete();
    count -= 1;
    cursor = await cursor.continue();
  }
  await tx.done;
  return count;
}

/** Every readable snippet, newest first. */
export async function listSnippets(db: NetverkDb, locale: Locale): Promise<Restored<SnippetRecord>> {
  const restored = restoreRecords('snippets', await readEntries(db, 'snippets'), snippetRecordSchema, locale);
  restored.records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return restored;
}

export async function deleteSnippet(db: NetverkDb, id: string): Promise<void> {
  await db.delete('snippets', id);
}
