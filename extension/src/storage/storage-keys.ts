/**
 * The extension's `chrome.storage.local` keys outside IndexedDB, defined here at the bottom so the
 * service worker (which writes them) and the storage layer (which exports, imports and deletes them)
 * both import downwards.
 */

/** Dismissed prompt ids per series key (a hash of the title). */
export const dismissalsKey = 'netverk.dismissed';

/** Text saved from intranet pages for a theme draft: an inbox the extension pages move into IndexedDB. */
export const themeSnippetsKey = 'netverk.themeSnippets';
