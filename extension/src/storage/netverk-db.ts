import { type IDBPDatabase, openDB } from 'idb';
import { netverkDbVersion, runMigrations } from './migrations.ts';
import type { NetverkDbSchema } from './netverk-db-schema.ts';

export type { NetverkDbSchema } from './netverk-db-schema.ts';

export type NetverkDb = IDBPDatabase<NetverkDbSchema>;
export type StoreName = 'drafts' | 'networks' | 'snippets';
export const storeNames: readonly StoreName[] = ['drafts', 'networks', 'snippets'];

export const netverkDbName = 'netverk';

export interface OpenOptions {
  name?: string;
  /** Only tests open an older version, to have data to migrate. */
  version?: number;
}

/**
 * Opens (and migrates) the extension's database. Only extension pages and the service worker may
 * call this: in a content script the database would belong to the web page's origin.
 */
export function openNetverkDb(options: OpenOptions = {}): Promise<NetverkDb> {
  return openDB<NetverkDbSchema>(options.name ?? netverkDbName, options.version ?? netverkDbVersion, {
    upgrade(db, oldVersion, newVersion, transaction) {
      runMigrations(db, transaction, oldVersion, newVersion ?? netverkDbVersion);
    },
    // Another page still holds an old version open: close ours so the newer page can upgrade.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
