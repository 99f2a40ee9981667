import { themeSnippetsKey } from '../storage/storage-keys.ts';

/**
 * Text saved from intranet pages for a theme draft. Kept in `chrome.storage.local` (not the page's
 * IndexedDB) as an inbox the extension pages move into their own store.
 */

export interface ThemeSnippet {
  text: string;
  pageTitle: string;
  url: string;
  savedAt: string;
}

const maxSnippets = 200;
const maxText = 10_000;

export async function saveThemeSnippet(snippet: Omit<ThemeSnippet, 'savedAt'>, now: Date): Promise<number> {
  const stored = (await chrome.storage.local.get(themeSnippetsKey))[themeSnippetsKey];
  const list = Array.isArray(stored) ? (stored as ThemeSnippet[]) : [];
  const next = [
    ...list,
    {
      text: snippet.text.slice(0, maxText),
      pageTitle: snippet.pageTitle.slice(0, 500),
      url: snippet.url.slice(0, 2_000),
      savedAt: now.toISOString(),
    },
  ].slice(-maxSnippets);
  await chrome.storage.local.set({ [themeSnippetsKey]: next });
  return next.length;
}
