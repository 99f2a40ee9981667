import { useCallback, useState } from 'react';
import { isLocale, type Locale, parseLocale } from '../../../shared/index.ts';

const storageKey = 'netverk.locale';

/** The panel language, remembered in localStorage; first visit follows the browser's language. */
export function useStoredLocale(): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useState<Locale>(readStoredLocale);
  const choose = useCallback((next: Locale) => {
    setLocale(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage can be blocked in a third-party iframe; the choice then lasts for this session.
    }
  }, []);
  return [locale, choose];
}

function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Blocked storage: fall through to the browser language.
  }
  return parseLocale(navigator.language);
}
