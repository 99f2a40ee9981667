import { originPattern } from '../storage/origin-pattern.ts';
import { loadSettings } from '../storage/settings-store.ts';

/** Id of the one dynamic content-script registration covering every granted intranet site. */
export const intranetScriptId = 'netverk-intranet';

/**
 * Registers the content script on the intranet sites the user named AND granted, and on nothing
 * else; with none left, the registration is removed. Safe to call on every change.
 */
export async function syncIntranetScripts(contentScript: string): Promise<string[]> {
  const { settings } = await loadSettings();
  const patterns = [...new Set(settings.intranetSites.map(originPattern).filter((p): p is string => !!p))];
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await chrome.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [intranetScriptId] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [intranetScriptId] });
  if (granted.length > 0) {
    await chrome.scripting.registerContentScripts([
      {
        id: intranetScriptId,
        matches: granted,
        js: [contentScript],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
