import { defaultSettings } from './default-settings.ts';
import {
  type ExtensionSettings,
  restoreSettings,
  type SettingName,
  settingsStorageKey,
  type UserSettings,
} from './settings-schema.ts';

/** The parts of `chrome.storage` the settings need: injectable, so tests pass plain fakes. */
export interface SettingsAreas {
  local: Pick<chrome.storage.StorageArea, 'get' | 'set' | 'remove'>;
  managed: Pick<chrome.storage.StorageArea, 'get'>;
}

/** The effective settings, and which of them IT's policy has fixed (shown as locked). */
export interface LoadedSettings {
  settings: ExtensionSettings;
  own: UserSettings;
  locked: ReadonlySet<SettingName>;
  /** False while `chrome.storage.managed` has not answered: the locks may still come. */
  policyKnown: boolean;
}

export function chromeSettingsAreas(): SettingsAreas {
  return { local: chrome.storage.local, managed: chrome.storage.managed };
}

/**
 * The one settings loader, for every context. The user's own settings and the policy are read at
 * once; policy values win and lock their field. `onOwnSettings` gets the user's settings as soon as
 * they are read, when the policy is still pending (browsers can take seconds to answer for it), so a
 * page can show them at once and lock fields when the policy answers. With `policyWaitMs`, a policy
 * that has not answered by then is treated as none (`policyKnown: false`).
 */
export async function loadSettings(
  areas: SettingsAreas = chromeSettingsAreas(),
  onOwnSettings?: (loaded: LoadedSettings) => void,
  policyWaitMs?: number,
): Promise<LoadedSettings> {
  let policyAnswered = false;
  // No policy installed is the normal case, and some browsers reject the call then.
  const policyRead = areas.managed
    .get(null)
    .catch(() => ({}))
    .finally(() => {
      policyAnswered = true;
    });
  const own = await readOwnSettings(areas);
  if (!policyAnswered) onOwnSettings?.(combine(own, {}, false));
  if (policyWaitMs === undefined) return combine(own, restoreSettings(await policyRead), true);
  // A content script must not hang with the page: a policy that has not answered in time counts as none.
  const late = new Promise<'late'>((done) => setTimeout(() => done('late'), policyWaitMs));
  const policy = await Promise.race([policyRead, late]);
  return policy === 'late' ? combine(own, {}, false) : combine(own, restoreSettings(policy), true);
}

async function readOwnSettings(areas: SettingsAreas): Promise<UserSettings> {
  const local = await areas.local.get(settingsStorageKey).catch(() => ({}));
  return restoreSettings((local as Record<string, unknown>)[settingsStorageKey]);
}

function combine(own: UserSettings, policy: UserSettings, policyKnown: boolean): LoadedSettings {
  return {
    settings: { ...defaultSettings, ...own, ...policy },
    own,
    locked: new Set(Object.keys(policy) as SettingName[]),
    policyKnown,
  };
}

/** A change to the user's own settings; `null` removes a field (`language: null` follows the browser again). */
export type SettingsChange = { [K in keyof UserSettings]?: UserSettings[K] | null };

/** Changes some of the user's own settings and keeps the rest. */
export async function updateSettings(
  change: SettingsChange,
  areas: SettingsAreas = chromeSettingsAreas(),
): Promise<LoadedSettings> {
  const next: Record<string, unknown> = { ...(await readOwnSettings(areas)), ...change };
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
