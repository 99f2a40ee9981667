import { type Locale, parseLocale } from '../../../shared/index.ts';
import { defaultSettings } from '../storage/default-settings.ts';
import { type ExtensionSettings, restoreSettings, settingsStorageKey } from '../storage/settings-schema.ts';

/**
 * The add-in's settings: the extension's schema (`settingsSchema`), stored under the same key in the
 * add-in's roaming settings (they follow the user's mailbox), read tolerantly field by field. The
 * language is the chosen one, else Outlook's display language.
 */
export function readAddinSettings(context: {
  roamingSettings: Pick<Office.RoamingSettings, 'get'>;
  displayLanguage: string;
}): { settings: ExtensionSettings; locale: Locale } {
  const stored = restoreSettings(context.roamingSettings.get(settingsStorageKey));
  const settings: ExtensionSettings = { ...defaultSettings, ...stored };
  return { settings, locale: settings.language ?? parseLocale(context.displayLanguage) };
}
