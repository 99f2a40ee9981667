import { afterEach, describe, expect, it, vi } from 'vitest';
import { popupPageFor, syncPopupLanguage } from './popup-language.ts';

describe("the popup page of the user's language", () => {
  it.each([
    ['da', 'src/popup/popup-da.html'],
    ['sv', 'src/popup/popup-sv.html'],
    ['en', 'src/popup/popup-en.html'],
  ] as const)('opens the %s page for that setting', (language, page) => {
    expect(popupPageFor(language)).toBe(page);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['sv-SE', 'src/popup/popup-sv.html'],
    ['da', 'src/popup/popup-da.html'],
    ['de-DE', 'src/popup/popup-en.html'],
  ])("follows the browser's language (%s) when none is set, else English", (ui, page) => {
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => ui } });
    expect(popupPageFor(undefined)).toBe(page);
  });

  it('sets the toolbar popup from the settings', async () => {
    const set: string[] = [];
    await syncPopupLanguage(
      async () => ({ settings: { language: 'sv' } }),
      async ({ popup }) => {
        set.push(popup);
      },
    );
    expect(set).toEqual(['src/popup/popup-sv.html']);
  });

  it('passes a failed read on, setting nothing', async () => {
    const set: string[] = [];
    await expect(
      syncPopupLanguage(
        () => Promise.reject(new Error('storage gone')),
        async ({ popup }) => {
          set.push(popup);
        },
      ),
    ).rejects.toThrow('storage gone');
    expect(set).toEqual([]);
  });
});
