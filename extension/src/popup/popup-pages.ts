import type { Locale } from '../../../shared/index.ts';

/**
 * The popup's page per language, relative to the extension's root: the build prerenders each one's
 * first view in its language (build-config.ts), the service worker points the toolbar button at the
 * user's (chrome.action.setPopup) and the manifest names the English one until it has.
 */
export const popupPages = {
  da: 'src/popup/popup-da.html',
  sv: 'src/popup/popup-sv.html',
  en: 'src/popup/popup-en.html',
} as const satisfies Record<Locale, string>;

export const defaultPopupPage = popupPages.en;
