import { useEffect, useState } from 'react';
import type { NetverkDb } from '../storage/netverk-db.ts';
import { getNetverkDb } from './get-netverk-db.ts';

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
