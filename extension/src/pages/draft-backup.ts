import { type DraftRecord, draftRecordSchema } from '../storage/record-schemas.ts';

/**
 * A synchronous copy of the draft being edited, in the page's localStorage: written on every
 * keystroke, so even a write the closing popup could not finish is found again on the next open.
 */
const backupKey = 'netverk.draftBackup';
const currentKey = 'netverk.currentDraft';

export function writeBackup(draft: DraftRecord): void {
  try {
    localStorage.setItem(backupKey, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the IndexedDB write still happens.
  }
}

export function readBackup(): DraftRecord | undefined {
  try {
    const parsed = draftRecordSchema.safeParse(JSON.parse(localStorage.getItem(backupKey) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Drops the backup once the database holds this very version. */
export function clearBackupIfSaved(saved: DraftRecord): void {
  const backup = readBackup();
  if (backup && backup.id === saved.id && backup.updatedAt <= saved.updatedAt)
    localStorage.removeItem(backupKey);
}

export function clearBackup(): void {
  localStorage.removeItem(backupKey);
}

export function readCurrentDraftId(): string | null {
  return localStorage.getItem(currentKey);
}

export function writeCurrentDraftId(id: string): void {
  localStorage.setItem(currentKey, id);
}
