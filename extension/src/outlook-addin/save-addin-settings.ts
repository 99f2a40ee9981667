import { z } from 'zod';
import { type Locale, safeParseLocalized, type ValidationError } from '../../../shared/index.ts';
import {
  restoreSettings,
  settingsSchema,
  settingsStorageKey,
  type UserSettings,
} from '../storage/settings-schema.ts';
import { officeCall } from './office-call.ts';

/** A change to the user's add-in settings; `null` removes a field (back to the default). */
export type AddinSettingsChange = { [K in keyof UserSettings]?: UserSettings[K] | null };

export type SaveAddinSettingsResult =
  | { ok: true; settings: UserSettings }
  | { ok: false; errors: ValidationError[] };

/**
 * Changes some of the user's settings in the add-in's roaming settings and keeps the rest. The whole
 * record is checked strictly by the extension's schema first (errors name their JSON path, in the
 * user's language) and nothing is written when it fails. When Outlook refuses to save, the in-memory
 * copy is put back as it was, so the pane and the mailbox never disagree, and the call rejects.
 */
export async function saveAddinSettings(
  roaming: Pick<Office.RoamingSettings, 'get' | 'set' | 'remove' | 'saveAsync'>,
  change: AddinSettingsChange,
  locale: Locale,
): Promise<SaveAddinSettingsResult> {
  const before: unknown = roaming.get(settingsStorageKey);
  const next: Record<string, unknown> = { ...restoreSettings(before), ...change };
  for (const [name, value] of Object.entries(change)) if (value === null) delete next[name];
  // The classic wrapper lets the localized parser (full zod) read the schema the extension keeps small (zod/mini).
  const parsed = safeParseLocalized(z.optional(settingsSchema), next, locale);
  if (!parsed.ok) return parsed;
  const settings = parsed.data as UserSettings;
  roaming.set(settingsStorageKey, settings);
  try {
    await officeCall<void>((callback) => roaming.saveAsync(callback));
  } catch (error) {
    if (before === null || before === undefined) roaming.remove(settingsStorageKey);
    else roaming.set(settingsStorageKey, before);
    throw error;
  }
  return { ok: true, settings };
}
