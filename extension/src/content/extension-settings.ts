import { isLocale, type Locale } from '../../../shared/index.ts';

/** The user's settings as the content script and service worker read them (options page writes them). */
export interface ExtensionSettings {
  /** Chosen language; absent follows the browser. */
  language?: Locale;
  /** Intranet origins the user named, e.g. `https://intranet.example.org`. */
  intranetSites: string[];
  /** Extra words that mark a meeting or an intranet page as being about a network. */
  keywords: string[];
  promptsEnabled: boolean;
  /** Meeting-rule or prompt ids switched off in the options page; pass as `dismissed` to the meeting check. */
  disabledPrompts: string[];
}

/** `chrome.storage.local` key of the user's settings; `chrome.storage.managed` uses the same fields. */
export const settingsStorageKey = 'netverk.settings';

export const defaultSettings: ExtensionSettings = {
  intranetSites: [],
  keywords: [],
  promptsEnabled: true,
  disabledPrompts: [],
};

/** Tolerant read of stored or policy settings: unknown or malformed fields are dropped, never thrown on. */
export function restoreSettings(raw: unknown): Partial<ExtensionSettings> {
  if (typeof raw !== 'object' || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const out: Partial<ExtensionSettings> = {};
  if (isLocale(record.language)) out.language = record.language;
  const sites = stringList(record.intranetSites);
  if (sites) out.intranetSites = sites;
  const keywords = stringList(record.keywords);
  if (keywords) out.keywords = keywords;
  if (typeof record.promptsEnabled === 'boolean') out.promptsEnabled = record.promptsEnabled;
  const disabledPrompts = stringList(record.disabledPrompts);
  if (disabledPrompts) out.disabledPrompts = disabledPrompts;
  return out;
}

/** Policy (managed) values win over the user's own, which win over the defaults. */
export function mergeSettings(local: unknown, managed: unknown): ExtensionSettings {
  return { ...defaultSettings, ...restoreSettings(local), ...restoreSettings(managed) };
}

/** Reads the settings in any extension context; a missing managed store (no policy) is normal. */
export async function readSettings(): Promise<ExtensionSettings> {
  const local = await chrome.storage.local.get(settingsStorageKey).catch(() => ({}));
  const managed = await chrome.storage.managed.get(null).catch(() => ({}));
  return mergeSettings((local as Record<string, unknown>)[settingsStorageKey], managed);
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}
