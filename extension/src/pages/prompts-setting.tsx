import { type Locale, meetingRuleIds, meetingRuleTitle } from '../../../shared/index.ts';
import { type LoadedSettings, updateSettings } from '../storage/settings-store.ts';
import { LockedNote } from './locked-note.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/** Prompts on or off: all of them, and each of the core's meeting rules on its own. */
export function PromptsSetting(props: { loaded: LoadedSettings; locale: Locale; t: PagesTranslate }) {
  const { loaded, locale, t } = props;
  const { promptsEnabled, disabledPrompts } = loaded.settings;
  const allLocked = loaded.locked.has('promptsEnabled');
  const eachLocked = loaded.locked.has('disabledPrompts');
  const off = new Set(disabledPrompts);
  function toggle(id: string, on: boolean) {
    const next = on ? disabledPrompts.filter((d) => d !== id) : [...new Set([...disabledPrompts, id])];
    void updateSettings({ disabledPrompts: next });
  }
  return (
    <section className="options-section" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('promptsHeading')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={promptsEnabled}
          disabled={allLocked}
          onChange={(event) => void updateSettings({ promptsEnabled: event.target.checked })}
        />
        <span>{t('promptsEnabled')}</span>
        <LockedNote locked={allLocked} t={t} />
      </label>
      <fieldset disabled={!promptsEnabled || eachLocked}>
        <legend>
          {t('promptsEach')}
          <LockedNote locked={eachLocked} t={t} />
        </legend>
        {meetingRuleIds.map((id) => (
          <label className="choice" key={id}>
            <input
              type="checkbox"
              checked={!off.has(id)}
              onChange={(event) => toggle(id, event.target.checked)}
            />
            <span>{meetingRuleTitle(id, locale)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
