import cardScript from '../content/card-main.iife.ts?iife';
import { settingsStorageKey } from '../storage/settings-schema.ts';
import { loadSettings } from '../storage/settings-store.ts';
import { dismissPrompt, getDismissed } from './dismissals.ts';
import { syncIntranetScripts } from './intranet-scripts.ts';
import { type HandlerTable, routeMessages } from './message-router.ts';
import { syncPopupLanguage } from './popup-language.ts';
import { saveThemeSnippet } from './theme-snippets.ts';

/**
 * The service worker: routes the content scripts' messages and keeps the intranet registrations in
 * step with the settings and permissions. It makes no network request (its CSP forbids them too).
 */
/** How long a page's settings wait for the IT policy before the user's own settings apply. */
const policyWaitMs = 1500;

const handlers: HandlerTable = {
  'netverk/get-settings': async () => ({
    settings: (await loadSettings(undefined, undefined, policyWaitMs)).settings,
  }),
  'netverk/load-card': async (_message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    await chrome.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [cardScript],
    });
    return { ok: true };
  },
  'netverk/get-dismissed': async ({ series }) => ({ ids: await getDismissed(series) }),
  'netverk/dismiss-prompt': async ({ series, promptId }) => {
    await dismissPrompt(series, promptId);
    return { ok: true };
  },
  'netverk/save-theme-snippet': async ({ text, pageTitle, url }) => ({
    ok: true,
    count: await saveThemeSnippet({ text, pageTitle, url }, new Date()),
  }),
};

chrome.runtime.onMessage.addListener(routeMessages(handlers, chrome.runtime.id));

/** The content script the manifest names, reused for the intranet registrations. */
function contentScriptFile(): string | undefined {
  return chrome.runtime.getManifest().content_scripts?.[0]?.js?.[0];
}

/** The toolbar button opens the popup page prerendered in the user's language (popup-pages.ts). */
function syncPopup(): void {
  syncPopupLanguage(() => loadSettings(undefined, undefined, policyWaitMs)).catch((error: unknown) =>
    console.warn('[netverk] popup language', error),
  );
}

function sync(): void {
  const file = contentScriptFile();
  if (file)
    syncIntranetScripts(file).catch((error: unknown) => console.warn('[netverk] intranet sync', error));
}

for (const event of [chrome.runtime.onInstalled, chrome.runtime.onStartup]) {
  event.addListener(sync);
  event.addListener(syncPopup);
}
chrome.permissions.onAdded.addListener(sync);
chrome.permissions.onRemoved.addListener(sync);
chrome.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' && settingsStorageKey in changes) || area === 'managed') {
    sync();
    syncPopup();
  }
});
