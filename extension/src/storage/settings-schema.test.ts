import { describe, expect, it } from 'vitest';
import { defaultSettings } from './default-settings.ts';
import { restoreSettings, settingsSchema, settingsStorageKey } from './settings-schema.ts';
import { loadSettings, type SettingsAreas } from './settings-store.ts';

function areas(local: unknown, managed: unknown): SettingsAreas {
  return {
    local: { get: async () => ({ [settingsStorageKey]: local }) },
    managed: { get: async () => managed },
  } as unknown as SettingsAreas;
}

describe('settings', () => {
  it('restores what is valid and drops the rest', () => {
    expect(
      restoreSettings({
        language: 'sv',
        intranetSites: ['https://a.example', 3, ' '],
        keywords: 'x',
        promptsEnabled: 'yes',
      }),
    ).toEqual({ language: 'sv', intranetSites: ['https://a.example'] });
    expect(restoreSettings({ language: 'de' })).toEqual({});
    expect(restoreSettings(null)).toEqual({});
    expect(restoreSettings(['da'])).toEqual({});
    // A policy's "" (follow the browser) and unknown fields are no settings.
    expect(restoreSettings({ language: '', colour: 'red', keywords: [' erfa '] })).toEqual({
      keywords: ['erfa'],
    });
  });

  it('is the schema the export file uses, strict there', () => {
    expect(settingsSchema.safeParse({ language: 'da', keywords: ['erfa'] }).success).toBe(true);
    expect(settingsSchema.safeParse({ language: 'de' }).success).toBe(false);
    expect(settingsSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(settingsSchema.safeParse({ keywords: [''] }).success).toBe(false);
  });

  it('lets policy win over the user, and the user over the defaults', async () => {
    expect((await loadSettings(areas(undefined, undefined))).settings).toEqual(defaultSettings);
    expect(
      (
        await loadSettings(
          areas(
            { language: 'da', keywords: ['erfa'], workshopKeywords: ['temadag'], promptsEnabled: false },
            { promptsEnabled: true, language: 'en' },
          ),
        )
      ).settings,
    ).toEqual({
      language: 'en',
      intranetSites: [],
      keywords: ['erfa'],
      workshopKeywords: ['temadag'],
      promptsEnabled: true,
      disabledPrompts: [],
    });
  });
});
