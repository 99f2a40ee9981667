import { useEffect, useState } from 'react';
import { type NetverkDb, openNetverkDb } from '../storage/netverk-db.ts';

let opening: Promise<NetverkDb> | undefined;

/** The page's one database connection, opened on first use. */
export function getNetverkDb(): Promise<NetverkDb> {
  opening ??= openNetverkDb();
  return opening;
}

export function useNetverkDb(): { db: NetverkDb | null; error: string | null } {
  const [state, setState] = useState<{ db: NetverkDb | null; error: string | null }>({
    db: null,
    error: null,
  });
  useEffect(() => {
    getNetverkDb().then(
      (db) => setState({ db, error: null }),
      (error: unknown) => setState({ db: null, error: String(error) }),
    );
  }, []);
  return state;
}
