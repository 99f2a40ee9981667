import type { DraftRecord } from './draft-record-schema.ts';

/** A new, empty theme-canvas draft (apart from the schema, so the popup's first path need not load zod). */
export function createDraft(id: string, now: Date): DraftRecord {
  const at = now.toISOString();
  return { id, networkName: '', themeTitle: '', fields: {}, createdAt: at, updatedAt: at };
}
