import type { Locale } from '../../../shared/index.ts';
import { browserLocale } from '../pages/browser-locale.ts';
import { popupPages } from '../popup/popup-pages.ts';

/**
 * The popup page whose prerendered first view is in the user's language: the settings' language,
 * else the browser's (as the popup itself decides, so the two agree).
 */
export function popupPageFor(language: Locale | undefined): string {
  return popupPages[language ?? browserLocale()];
}

/** Points the toolbar button at the popup page of the settings' language. */
export async function syncPopupLanguage(
  load: () => Promise<{ settings: { language?: Locale } }>,
  setPopup: (details: { popup: string }) => Promise<void> = (details) => chrome.action.setPopup(details),
): Promise<void> {
  const { settings } = await load();
  await setPopup({ popup: popupPageFor(settings.language) });
}
