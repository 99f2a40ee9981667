import type { NetverkDb, StoreName } from './netverk-db.ts';
import { storeNames } from './netverk-db.ts';
import type { UserDataFile } from './user-data-file.ts';

/**
 * Writes a validated export file in ONE transaction over every store: records with the same key
 * are replaced, others are kept. If any write fails, the transaction aborts and nothing changes.
 */
export async function importUserData(db: NetverkDb, data: UserDataFile): Promise<void> {
  const tx = db.transaction([...storeNames], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    // A put can also throw synchronously (a record without its key): abort then, too.
    for (const r of data.drafts) writes.push(tx.objectStore('drafts').put(r));
    for (const r of data.networks) writes.push(tx.objectStore('networks').put(r));
    for (const r of data.snippets) writes.push(tx.objectStore('snippets').put(r));
    await Promise.all(writes);
  } catch (error) {
    abortQuietly(tx);
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await tx.done;
}

/** Empties every store in one transaction. */
export async function deleteAllUserData(
  db: NetverkDb,
  stores: readonly StoreName[] = storeNames,
): Promise<void> {
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all([...stores.map((store) => tx.objectStore(store).clear()), tx.done]);
}

/** A failed request usually aborts the transaction by itself; aborting twice would throw. */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted or finished.
  }
}
