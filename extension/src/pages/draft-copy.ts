import type { DraftRecord } from '../storage/draft-record-schema.ts';

/**
 * A synchronous copy of the draft being edited, in the extension's localStorage: written on every
 * keystroke and kept, so the popup shows the draft (and takes typing) at its first paint, before
 * IndexedDB answers, and nothing typed is lost when the popup closes before its write. IndexedDB stays
 * the store of record; the popup checks the copy against it (and by the schema) when it opens.
 */
const copyKey = 'netverk.draftBackup';
const currentKey = 'netverk.currentDraft';

export function writeDraftCopy(draft: DraftRecord): void {
  try {
    localStorage.setItem(copyKey, JSON.stringify(draft));
    localStorage.setItem(currentKey, draft.id);
  } catch {
    // Storage full or disabled: the IndexedDB write still happens.
  }
}

/**
 * The copy if it has a draft's shape: only our own code writes it, and it is checked by the full
 * schema (draftRecordSchema) before it is ever saved, so this light check need not load zod.
 */
export function readDraftCopy(): DraftRecord | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(copyKey) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const texts = ['id', 'networkName', 'themeTitle', 'createdAt', 'updatedAt'];
    const fields = record.fields;
    if (!texts.every((name) => typeof record[name] === 'string')) return undefined;
    if (typeof fields !== 'object' || fields === null) return undefined;
    if (!Object.values(fields).every((text) => typeof text === 'string')) return undefined;
    return record as unknown as DraftRecord;
  } catch {
    return undefined;
  }
}

/** Forgets the copy (the data was replaced or deleted elsewhere): the popup then reads IndexedDB. */
export function clearDraftCopy(): void {
  localStorage.removeItem(copyKey);
}

export function readCurrentDraftId(): string | null {
  return localStorage.getItem(currentKey);
}
