import type { z } from 'zod';
import { type Locale, safeParseLocalized, type ValidationError } from '../../../shared/index.ts';
import type { NetverkDb, StoreName } from './netverk-db.ts';

/** A stored record that failed validation: reported to the user, skipped, never thrown. */
export interface RecordProblem {
  store: StoreName;
  key: string;
  errors: ValidationError[];
}

export interface Restored<T> {
  records: T[];
  problems: RecordProblem[];
}

/** Validates raw records as read from a store; the good ones pass, each bad one becomes a problem. */
export function restoreRecords<T>(
  store: StoreName,
  entries: readonly { key: IDBValidKey; value: unknown }[],
  schema: z.core.$ZodType<T>,
  locale: Locale,
): Restored<T> {
  const records: T[] = [];
  const problems: RecordProblem[] = [];
  for (const { key, value } of entries) {
    const parsed = safeParseLocalized(schema, value, locale);
    if (parsed.ok) records.push(parsed.data);
    else problems.push({ store, key: JSON.stringify(key), errors: parsed.errors });
  }
  return { records, problems };
}

/** Reads a whole store with its keys, for `restoreRecords`. */
export async function readEntries(
  db: NetverkDb,
  store: StoreName,
): Promise<{ key: IDBValidKey; value: unknown }[]> {
  const entries: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await db.transaction(store).store.openCursor();
  while (cursor) {
    entries.push({ key: cursor.primaryKey, value: cursor.value as unknown });
    cursor = await cursor.continue();
  }
  return entries;
}
