import type { NetverkDb } from './netverk-db.ts';
import { snippetRecordSchema } from './record-schemas.ts';
import type { SettingsAreas } from './settings-store.ts';
import { addSnippet } from './snippets-store.ts';
import { themeSnippetsKey } from './storage-keys.ts';

/**
 * Moves the snippets the service worker parked in `chrome.storage.local` into the database, then
 * empties the inbox. Malformed entries are dropped. Returns how many were moved.
 */
export async function drainSnippetInbox(
  db: NetverkDb,
  local: SettingsAreas['local'],
  createId: () => string,
): Promise<number> {
  const stored = ((await local.get(themeSnippetsKey)) as Record<string, unknown>)[themeSnippetsKey];
  if (!Array.isArray(stored) || stored.length === 0) return 0;
  let moved = 0;
  for (const entry of stored as Record<string, unknown>[]) {
    const parsed = snippetRecordSchema.safeParse({
      id: createId(),
      text: entry?.text,
      pageTitle: entry?.pageTitle ?? '',
      url: entry?.url ?? '',
      createdAt: entry?.savedAt,
    });
    if (!parsed.success) continue;
    await addSnippet(db, parsed.data);
    moved += 1;
  }
  await local.remove(themeSnippetsKey);
  return moved;
}
