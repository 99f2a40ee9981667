import type { NetverkDb } from './netverk-db.ts';
import { dismissalRecordSchema } from './record-schemas.ts';

/** Hides a prompt for one meeting series (the service worker calls this for the content script). */
export async function dismissPrompt(
  db: NetverkDb,
  series: string,
  promptId: string,
  now: Date,
): Promise<void> {
  await db.put(
    'dismissals',
    dismissalRecordSchema.parse({ series, promptId, dismissedAt: now.toISOString() }),
  );
}

/** The prompt ids hidden for a series; unreadable records are skipped (they hide nothing). */
export async function listDismissed(db: NetverkDb, series: string): Promise<string[]> {
  const values: unknown[] = await db.getAllFromIndex('dismissals', 'by-series', series);
  return values.flatMap((value) => {
    const parsed = dismissalRecordSchema.safeParse(value);
    return parsed.success ? [parsed.data.promptId] : [];
  });
}
