import type { ExtensionSettings } from './settings-schema.ts';

/**
 * The settings in effect when nobody set any. Apart from the schema (zod), so the content script
 * can fall back on them without carrying a validator: the worker checks the settings for it.
 */
export const defaultSettings: ExtensionSettings = {
  intranetSites: [],
  keywords: [],
  workshopKeywords: [],
  promptsEnabled: true,
  disabledPrompts: [],
};
