import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { readAddinSettings } from '../../extension/src/outlook-addin/addin-settings.ts';
import { saveAddinSettings } from '../../extension/src/outlook-addin/save-addin-settings.ts';

const standInSource = readFileSync(resolve(import.meta.dirname, 'office-stand-in.js'), 'utf8');
const global = globalThis as Record<string, unknown>;

interface StandIn {
  state: { savedRoaming: Record<string, unknown>; roaming: Record<string, unknown> };
}

/** The strict stand-in as the task pane sees it, loaded with the roaming settings the mailbox holds. */
async function openAddin(config: Record<string, unknown>) {
  global.__officeStandInConfig = config;
  runInThisContext(standInSource);
  await Office.onReady();
  return { context: Office.context, standIn: global.__officeStandIn as StandIn };
}

afterEach(() => {
  for (const name of ['Office', '__officeStandIn', '__officeStandInConfig']) delete global[name];
});

describe("the add-in's settings in roaming settings", () => {
  it('saves language and words under the extension key, keeps other fields, and a new pane reads them', async () => {
    const { context, standIn } = await openAddin({
      displayLanguage: 'da-DK',
      roamingSettings: { 'netverk.settings': { promptsEnabled: false }, 'netverk.dismissed': { a: ['x'] } },
    });
    const result = await saveAddinSettings(
      context.roamingSettings,
      { language: 'sv', keywords: ['Samverkansträff'], workshopKeywords: null },
      'da',
    );
    expect(result).toEqual({
      ok: true,
      settings: { promptsEnabled: false, language: 'sv', keywords: ['Samverkansträff'] },
    });
    expect(standIn.state.savedRoaming).toEqual({
      'netverk.settings': { promptsEnabled: false, language: 'sv', keywords: ['Samverkansträff'] },
      'netverk.dismissed': { a: ['x'] },
    });
    const reopened = await openAddin({
      displayLanguage: 'da-DK',
      roamingSettings: standIn.state.savedRoaming,
    });
    const read = readAddinSettings(reopened.context);
    expect(read.locale).toBe('sv');
    expect(read.settings.keywords).toEqual(['Samverkansträff']);
  });

  it('removes a field set to null, so the language follows Outlook again', async () => {
    const { context, standIn } = await openAddin({
      displayLanguage: 'en-GB',
      roamingSettings: { 'netverk.settings': { language: 'da', keywords: ['Klyngemøde'] } },
    });
    await saveAddinSettings(context.roamingSettings, { language: null }, 'da');
    expect(standIn.state.savedRoaming['netverk.settings']).toEqual({ keywords: ['Klyngemøde'] });
    expect(readAddinSettings(context).locale).toBe('en');
  });

  it('refuses a word the schema refuses, naming its JSON path in the user language, and writes nothing', async () => {
    const { context, standIn } = await openAddin({ displayLanguage: 'da-DK' });
    const result = await saveAddinSettings(
      context.roamingSettings,
      { keywords: ['Klyngemøde', 'x'.repeat(501)] },
      'da',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['$.keywords[1]']);
    expect(result.errors[0]?.message).toMatch(/500/);
    expect(result.errors[0]?.message).not.toMatch(/must|string|too big/i);
    expect(standIn.state.roaming).toEqual({});
    expect(standIn.state.savedRoaming).toEqual({});
  });

  it('rejects when Outlook refuses to save (over 32 KB) and puts the in-memory copy back', async () => {
    const { context, standIn } = await openAddin({
      displayLanguage: 'en-US',
      roamingSettings: { 'netverk.settings': { keywords: ['Cluster meeting'] } },
    });
    const many = Array.from({ length: 400 }, (_, i) => `${'word '.repeat(20)}${i}`);
    await expect(saveAddinSettings(context.roamingSettings, { keywords: many }, 'en')).rejects.toThrow(
      /32 KB/,
    );
    expect(context.roamingSettings.get('netverk.settings')).toEqual({ keywords: ['Cluster meeting'] });
    expect(standIn.state.savedRoaming).toEqual({ 'netverk.settings': { keywords: ['Cluster meeting'] } });
  });

  it('removes the new record again when the first save ever fails', async () => {
    const { context } = await openAddin({ failing: ['roamingSettings.saveAsync'] });
    await expect(saveAddinSettings(context.roamingSettings, { language: 'da' }, 'en')).rejects.toThrow();
    expect(context.roamingSettings.get('netverk.settings')).toBeNull();
  });
});
