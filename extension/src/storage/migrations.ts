import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NetverkDbSchema } from './netverk-db-schema.ts';

type UpgradeDb = IDBPDatabase<NetverkDbSchema>;
type UpgradeTx = IDBPTransaction<NetverkDbSchema, StoreNames<NetverkDbSchema>[], 'versionchange'>;

/** One schema step. Steps run in order inside the upgrade transaction; never edit a released step. */
export interface Migration {
  name: `v${number}`;
  version: number;
  run(db: UpgradeDb, tx: UpgradeTx): void;
}

/** v1: theme-canvas drafts and networks. */
const v1: Migration = {
  name: 'v1',
  version: 1,
  run(db) {
    db.createObjectStore('drafts', { keyPath: 'id' });
    db.createObjectStore('networks', { keyPath: 'id' });
  },
};

/** v2: snippets kept from intranet pages, and drafts listed newest first through an index. */
const v2: Migration = {
  name: 'v2',
  version: 2,
  run(db, tx) {
    const snippets = db.createObjectStore('snippets', { keyPath: 'id' });
    snippets.createIndex('by-created', 'createdAt');
    // The index is built from the records already stored, so v1 drafts are listed too.
    tx.objectStore('drafts').createIndex('by-updated', 'updatedAt');
  },
};

/** Every step, oldest first; the database version is the number of steps. */
export const migrations: readonly Migration[] = [v1, v2];
export const netverkDbVersion = migrations.length;

/** Runs the steps after `oldVersion` up to `newVersion`. */
export function runMigrations(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (const migration of migrations) {
    if (migration.version > oldVersion && migration.version <= newVersion) migration.run(db, tx);
  }
}
