import { type NetverkDb, openNetverkDb } from '../storage/netverk-db.ts';

let opening: Promise<NetverkDb> | undefined;

/** The page's one database connection, opened on first use. */
export function getNetverkDb(): Promise<NetverkDb> {
  opening ??= openNetverkDb();
  return opening;
}
