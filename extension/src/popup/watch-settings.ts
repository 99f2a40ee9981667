import type { Locale } from '../../../shared/index.ts';
import { settingsStorageKey } from '../storage/settings-schema.ts';
import { chromeSettingsAreas, loadSettings } from '../storage/settings-store.ts';

/**
 * The popup's language from the settings (the user's, then IT's policy), now and whenever they
 * change: undefined follows the browser. Loaded after the first paint, which used the language the
 * popup last had (popup-locale.ts).
 */
export function watchSettingsLocale(onLocale: (language: Locale | undefined) => void): void {
  const show = (loaded: { settings: { language?: Locale } }) => onLocale(loaded.settings.language);
  const reload = () => void loadSettings(chromeSettingsAreas(), show).then(show);
  chrome.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && settingsStorageKey in changes) || area === 'managed') reload();
  });
  reload();
}
