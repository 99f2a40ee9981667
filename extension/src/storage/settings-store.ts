import {
  defaultSettings,
  type ExtensionSettings,
  restoreSettings,
  settingsStorageKey,
} from '../content/extension-settings.ts';
import type { UserSettings } from './user-data-file.ts';

/** The parts of `chrome.storage` the settings need: injectable, so tests pass plain fakes. */
export interface SettingsAreas {
  local: Pick<chrome.storage.StorageArea, 'get' | 'set' | 'remove'>;
  managed: Pick<chrome.storage.StorageArea, 'get'>;
}

export type SettingName = keyof ExtensionSettings;

/** The effective settings, and which of them IT's policy has fixed (shown as locked). */
export interface LoadedSettings {
  settings: ExtensionSettings;
  own: UserSettings;
  locked: ReadonlySet<SettingName>;
}

export function chromeSettingsAreas(): SettingsAreas {
  return { local: chrome.storage.local, managed: chrome.storage.managed };
}

/** Reads the user's settings and the policy; policy values win and lock their field. */
export async function loadSettings(areas: SettingsAreas = chromeSettingsAreas()): Promise<LoadedSettings> {
  const local = await areas.local.get(settingsStorageKey).catch(() => ({}));
  // No policy installed is the normal case, and some browsers reject the call then.
  const managed = await areas.managed.get(null).catch(() => ({}));
  const own = restoreSettings((local as Record<string, unknown>)[settingsStorageKey]);
  const policy = restoreSettings(managed);
  return {
    settings: { ...defaultSettings, ...own, ...policy },
    own,
    locked: new Set(Object.keys(policy) as SettingName[]),
  };
}

/** A change to the user's own settings; `null` removes a field (`language: null` follows the browser again). */
export type SettingsChange = { [K in keyof UserSettings]?: UserSettings[K] | null };

/** Changes some of the user's own settings and keeps the rest. */
export async function updateSettings(
  change: SettingsChange,
  areas: SettingsAreas = chromeSettingsAreas(),
): Promise<LoadedSettings> {
  const { own } = await loadSettings(areas);
  const next: Record<string, unknown> = { ...own, ...change };
  for (const [key, value] of Object.entries(change)) if (value === null) delete next[key];
  await areas.local.set({ [settingsStorageKey]: next });
  return loadSettings(areas);
}

/** Replaces the user's own settings wholesale (import) or removes them (delete all). */
export async function replaceSettings(
  own: UserSettings | null,
  areas: SettingsAreas = chromeSettingsAreas(),
) {
  if (own === null) await areas.local.remove(settingsStorageKey);
  else await areas.local.set({ [settingsStorageKey]: own });
}
