import { describe, expect, it, vi } from 'vitest';
import { settingsStorageKey } from './settings-schema.ts';
import { loadSettings, replaceSettings, type SettingsAreas, updateSettings } from './settings-store.ts';

function fakeAreas(local: Record<string, unknown> = {}, managed: Record<string, unknown> | 'absent' = {}) {
  const store = { ...local };
  const areas = {
    local: {
      get: async (key: string) => (key in store ? { [key]: store[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(store, items),
      remove: async (key: string) => void delete store[key],
    },
    managed: {
      get: async () => {
        if (managed === 'absent') throw new Error('Managed storage manifest not found');
        return managed;
      },
    },
  } as unknown as SettingsAreas;
  return { areas, store };
}

describe('settings store', () => {
  it('falls back to defaults when nothing is stored and no policy exists', async () => {
    const { areas } = fakeAreas({}, 'absent');
    const loaded = await loadSettings(areas);
    expect(loaded.settings).toEqual({
      intranetSites: [],
      keywords: [],
      workshopKeywords: [],
      promptsEnabled: true,
      disabledPrompts: [],
    });
    expect([...loaded.locked]).toEqual([]);
  });

  it('lets the policy win and locks its fields', async () => {
    const { areas } = fakeAreas(
      { [settingsStorageKey]: { language: 'da', keywords: ['erfa'] } },
      { language: 'sv', intranetSites: ['https://intra.example.org'] },
    );
    const loaded = await loadSettings(areas);
    expect(loaded.settings.language).toBe('sv');
    expect(loaded.settings.keywords).toEqual(['erfa']);
    expect(loaded.own.language).toBe('da');
    expect([...loaded.locked].sort()).toEqual(['intranetSites', 'language']);
  });

  it('updates some fields, keeps the rest, and null removes a field', async () => {
    const { areas, store } = fakeAreas({ [settingsStorageKey]: { language: 'da', keywords: ['erfa'] } });
    await updateSettings({ promptsEnabled: false }, areas);
    expect(store[settingsStorageKey]).toEqual({ language: 'da', keywords: ['erfa'], promptsEnabled: false });
    const loaded = await updateSettings({ language: null }, areas);
    expect(loaded.settings.language).toBeUndefined();
    await replaceSettings(null, areas);
    expect(store).toEqual({});
  });

  it('drops malformed stored fields instead of failing', async () => {
    const { areas } = fakeAreas({
      [settingsStorageKey]: { language: 'de', keywords: 'erfa', promptsEnabled: 'yes' },
    });
    expect((await loadSettings(areas)).settings).toMatchObject({ keywords: [], promptsEnabled: true });
  });
});

describe('settings store with a slow policy', () => {
  it('gives the user settings before the policy answers, then applies and locks the policy', async () => {
    const { areas } = fakeAreas({ [settingsStorageKey]: { language: 'da', promptsEnabled: false } });
    let answer: (policy: Record<string, unknown>) => void = () => {};
    const slow = { ...areas, managed: { get: () => new Promise((resolve) => (answer = resolve)) } };
    const steps: Array<{ language?: string | undefined; locked: string[]; policyKnown: boolean }> = [];
    const done = loadSettings(slow as unknown as SettingsAreas, (loaded) =>
      steps.push({ ...loaded.settings, locked: [...loaded.locked], policyKnown: loaded.policyKnown }),
    );
    await vi.waitFor(() => expect(steps).toHaveLength(1));
    expect(steps[0]).toMatchObject({ language: 'da', promptsEnabled: false, locked: [], policyKnown: false });
    answer({ promptsEnabled: true });
    const loaded = await done;
    expect(loaded.settings).toMatchObject({ language: 'da', promptsEnabled: true });
    expect([...loaded.locked]).toEqual(['promptsEnabled']);
    expect(loaded.policyKnown).toBe(true);
    expect(steps).toHaveLength(1);
  });

  it('shows the user settings even when the policy never answers', async () => {
    const { areas } = fakeAreas({ [settingsStorageKey]: { keywords: ['erfa'] } });
    const never = { ...areas, managed: { get: () => new Promise(() => {}) } };
    const seen: string[][] = [];
    void loadSettings(never as unknown as SettingsAreas, (loaded) => seen.push(loaded.settings.keywords));
    await vi.waitFor(() => expect(seen).toEqual([['erfa']]));
  });

  it('does not report a first step when the policy answered first', async () => {
    const { areas } = fakeAreas({ [settingsStorageKey]: { keywords: ['erfa'] } }, { language: 'sv' });
    const slowLocal = {
      ...areas,
      local: {
        ...areas.local,
        get: async (key: string) => new Promise((r) => setTimeout(() => r(areas.local.get(key)), 20)),
      },
    };
    const steps: unknown[] = [];
    const loaded = await loadSettings(slowLocal as unknown as SettingsAreas, (step) => steps.push(step));
    expect(steps).toEqual([]);
    expect(loaded.settings).toMatchObject({ language: 'sv', keywords: ['erfa'] });
  });

  it('with a wait (the content script), resolves on the user settings when the policy never answers', async () => {
    const { areas } = fakeAreas({ [settingsStorageKey]: { keywords: ['erfa'] } });
    const never = { ...areas, managed: { get: () => new Promise(() => {}) } };
    const loaded = await loadSettings(never as unknown as SettingsAreas, undefined, 20);
    expect(loaded.settings.keywords).toEqual(['erfa']);
    expect(loaded.policyKnown).toBe(false);
    expect([...loaded.locked]).toEqual([]);
  });

  it('with a wait, still applies and locks a policy that answers in time', async () => {
    const { areas } = fakeAreas({ [settingsStorageKey]: { keywords: ['erfa'] } }, { promptsEnabled: false });
    const loaded = await loadSettings(areas as unknown as SettingsAreas, undefined, 1000);
    expect(loaded.settings.promptsEnabled).toBe(false);
    expect(loaded.policyKnown).toBe(true);
    expect([...loaded.locked]).toEqual(['promptsEnabled']);
  });
});
