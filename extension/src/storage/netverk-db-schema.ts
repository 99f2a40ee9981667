import type { DBSchema } from 'idb';
import type { DraftRecord, NetworkRecord, SnippetRecord } from './record-schemas.ts';

/**
 * The object stores at the current version. Reads still validate: a record may predate its schema.
 * Settings and dismissed prompts live in `chrome.storage.local`, where content scripts' worker reads them.
 * On its own so the migrations and the database both import it, and not each other in a circle.
 */
export interface NetverkDbSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord; indexes: { 'by-updated': string } };
  networks: { key: string; value: NetworkRecord };
  snippets: { key: string; value: SnippetRecord; indexes: { 'by-created': string } };
}
