import type { Locale, ValidationError } from '../../../shared/index.ts';
import { deleteAllUserData, importUserData } from './import-user-data.ts';
import type { NetverkDb } from './netverk-db.ts';
import { type Dismissals, dismissalsSchema } from './record-schemas.ts';
import { restoreSettings, settingsStorageKey } from './settings-schema.ts';
import type { SettingsAreas } from './settings-store.ts';
import { dismissalsKey } from './storage-keys.ts';
import {
  exportUserData,
  type LocalUserData,
  parseUserDataFile,
  type UserDataFile,
} from './user-data-file.ts';

type LocalArea = SettingsAreas['local'];

/** The user's own settings and dismissed prompts from `chrome.storage.local`; malformed parts read as empty. */
export async function readLocalUserData(local: LocalArea): Promise<LocalUserData> {
  const stored = (await local.get([settingsStorageKey, dismissalsKey])) as Record<string, unknown>;
  const dismissals = dismissalsSchema.safeParse(stored[dismissalsKey]);
  return {
    settings: restoreSettings(stored[settingsStorageKey]),
    dismissals: dismissals.success ? dismissals.data : {},
  };
}

/** All user data (IndexedDB and `chrome.storage.local`) as the export file. */
export async function exportAllUserData(db: NetverkDb, local: LocalArea, now: Date): Promise<UserDataFile> {
  return exportUserData(db, await readLocalUserData(local), now);
}

export type ImportOutcome =
  | { ok: true; counts: { drafts: number; networks: number; snippets: number } }
  | { ok: false; errors: ValidationError[] };

/**
 * Validates the whole file first; on any error nothing is written. Then writes the settings and
 * dismissals, then the records in one transaction; if that fails, the settings are put back.
 */
export async function importAllUserData(
  db: NetverkDb,
  local: LocalArea,
  text: string,
  locale: Locale,
): Promise<ImportOutcome> {
  const parsed = parseUserDataFile(text, locale);
  if (!parsed.ok) return parsed;
  const { data } = parsed;
  const before = (await local.get([settingsStorageKey, dismissalsKey])) as Record<string, unknown>;
  const current = await readLocalUserData(local);
  await local.set({
    [settingsStorageKey]: data.settings ?? current.settings,
    [dismissalsKey]: mergeDismissals(current.dismissals, data.dismissals),
  });
  try {
    await importUserData(db, data);
  } catch (error) {
    await local.remove([settingsStorageKey, dismissalsKey]);
    await local.set(before);
    throw error;
  }
  return {
    ok: true,
    counts: { drafts: data.drafts.length, networks: data.networks.length, snippets: data.snippets.length },
  };
}

/** Deletes every record, the user's own settings and the dismissed prompts. Policy settings stay. */
export async function deleteEverything(db: NetverkDb, local: LocalArea): Promise<void> {
  await deleteAllUserData(db);
  await local.remove([settingsStorageKey, dismissalsKey]);
}

function mergeDismissals(current: Dismissals, incoming: Dismissals): Dismissals {
  const merged: Dismissals = { ...current };
  for (const [series, ids] of Object.entries(incoming))
    merged[series] = [...new Set([...(merged[series] ?? []), ...ids])];
  return merged;
}
