import { useEffect, useState } from 'react';
import type { Locale } from '../../../shared/index.ts';
import { settingsStorageKey } from '../storage/settings-schema.ts';
import { chromeSettingsAreas, type LoadedSettings, loadSettings } from '../storage/settings-store.ts';
import { browserLocale } from './browser-locale.ts';
import { createPagesTranslator, type PagesTranslate } from './pages-translator.ts';

export interface PageSettings {
  loaded: LoadedSettings | null;
  locale: Locale;
  t: PagesTranslate;
}

/**
 * Settings, kept current as they change; the language follows them. The user's own settings show as
 * soon as they are read; the policy's values and locks apply when `chrome.storage.managed` answers.
 */
export function usePageSettings(): PageSettings {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    let live = true;
    const show = (next: LoadedSettings) => {
      if (live) setLoaded(next);
    };
    const reload = () => void loadSettings(chromeSettingsAreas(), show).then(show);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && settingsStorageKey in changes) || area === 'managed') reload();
    };
    reload();
    chrome.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      chrome.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const locale = loaded?.settings.language ?? browserLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return { loaded, locale, t: createPagesTranslator(locale) };
}
