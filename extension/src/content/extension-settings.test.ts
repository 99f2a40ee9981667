import { describe, expect, it } from 'vitest';
import { defaultSettings, mergeSettings, restoreSettings } from './extension-settings.ts';

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
  });

  it('lets policy win over the user, and the user over the defaults', () => {
    expect(mergeSettings(undefined, undefined)).toEqual(defaultSettings);
    expect(
      mergeSettings(
        { language: 'da', keywords: ['erfa'], promptsEnabled: false },
        { promptsEnabled: true, language: 'en' },
      ),
    ).toEqual({
      language: 'en',
      intranetSites: [],
      keywords: ['erfa'],
      promptsEnabled: true,
      disabledPrompts: [],
    });
  });
});
