import * as z from 'zod/mini';
import { locales } from '../../../shared/index.ts';

// zod/mini: the content script reads these settings too, and stays small.
const settingText = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const textList = z.array(settingText).check(z.maxLength(500));

/**
 * The settings, defined once: what the options page writes, what IT's policy sets through
 * `chrome.storage.managed` (extension/public/managed-schema.json names the same fields) and what
 * the export file carries. Every field is optional: absent means the default.
 */
export const settingsSchema = z.strictObject({
  /** Chosen language; absent follows the browser. */
  language: z.optional(z.enum(locales)),
  /** Intranet origins the user named, e.g. `https://intranet.example.org`. */
  intranetSites: z.optional(textList),
  /** Extra words that mark a meeting or an intranet page as being about a network. */
  keywords: z.optional(textList),
  /** Extra words that mark a calendar event as a workshop, so the card offers a session's running order. */
  workshopKeywords: z.optional(textList),
  promptsEnabled: z.optional(z.boolean()),
  /** Meeting-rule or prompt ids switched off; passed as `dismissed` to the meeting check. */
  disabledPrompts: z.optional(textList),
});

type SchemaSettings = z.infer<typeof settingsSchema>;
/** Settings as stored by the user or set by policy: only the fields they set (never set to undefined). */
export type UserSettings = { [K in keyof SchemaSettings]?: NonNullable<SchemaSettings[K]> };
export type SettingName = keyof UserSettings;
/** The settings in effect: every field has a value but the language (absent follows the browser). */
export type ExtensionSettings = Required<Omit<UserSettings, 'language'>> & Pick<UserSettings, 'language'>;

/** `chrome.storage.local` key of the user's settings; `chrome.storage.managed` uses the fields directly. */
export const settingsStorageKey = 'netverk.settings';

/**
 * Tolerant read of stored or policy settings by the same schema, field by field: a malformed field
 * is dropped (a list keeps its valid entries), never thrown on. The import file is read strictly.
 */
export function restoreSettings(raw: unknown): UserSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const record = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(settingsSchema.shape)) {
    const value = record[name];
    // Every list in the schema is a list of texts.
    const candidate = Array.isArray(value)
      ? value.filter((item) => settingText.safeParse(item).success)
      : value;
    const parsed = field.safeParse(candidate);
    if (parsed.success && parsed.data !== undefined) out[name] = parsed.data;
  }
  return out as UserSettings;
}
