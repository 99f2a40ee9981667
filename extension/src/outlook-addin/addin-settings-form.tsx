import { useState } from 'react';
import {
  isLocale,
  type Locale,
  locales,
  networkMeetingKeywords,
  type Translate,
  type ValidationError,
} from '../../../shared/index.ts';
import { keywordLines } from '../storage/keyword-lines.ts';
import type { ExtensionSettings, UserSettings } from '../storage/settings-schema.ts';
import type { AddinMessageKey } from './addin-messages.ts';
import { saveAddinSettings } from './save-addin-settings.ts';

/** Each language by its own name, as a reader of that language looks for it. */
const languageNames: Record<Locale, string> = { da: 'Dansk', sv: 'Svenska', en: 'English' };

const fieldLabels: Partial<Record<string, AddinMessageKey>> = {
  language: 'languageLabel',
  keywords: 'keywordsLabel',
  workshopKeywords: 'workshopKeywordsLabel',
};

type Outcome =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'invalid'; errors: ValidationError[] }
  | { kind: 'failed'; error: string };

/**
 * The task pane's settings: language and the user's own words, in the add-in's roaming settings
 * (the extension's schema, so the event runtime reads the same). What the user typed stays in the
 * fields whatever happens; only a successful save tidies it.
 */
export function AddinSettingsForm(props: {
  roaming: Office.RoamingSettings;
  settings: ExtensionSettings;
  locale: Locale;
  t: Translate<AddinMessageKey>;
  onSaved(settings: UserSettings): void;
}) {
  const { settings, locale, t } = props;
  const [language, setLanguage] = useState<string>(settings.language ?? 'auto');
  const [keywords, setKeywords] = useState(settings.keywords.join('\n'));
  const [workshop, setWorkshop] = useState(settings.workshopKeywords.join('\n'));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const network = keywordLines(keywords);
    const workshopWords = keywordLines(workshop);
    try {
      const result = await saveAddinSettings(
        props.roaming,
        {
          language: isLocale(language) ? language : null,
          keywords: network.length > 0 ? network : null,
          workshopKeywords: workshopWords.length > 0 ? workshopWords : null,
        },
        locale,
      );
      if (!result.ok) return setOutcome({ kind: 'invalid', errors: result.errors });
      setKeywords(network.join('\n'));
      setWorkshop(workshopWords.join('\n'));
      setOutcome({ kind: 'saved' });
      props.onSaved(result.settings);
    } catch (error) {
      setOutcome({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  }

  const invalidField = (name: string) =>
    outcome.kind === 'invalid' && outcome.errors.some((error) => error.path.startsWith(`$.${name}`));
  const field = (path: string) => {
    const key = fieldLabels[/^\$\.(\w+)/.exec(path)?.[1] ?? ''];
    return key ? t(key) : path;
  };
  return (
    <section id="netverk-settings" className="settings" aria-labelledby="netverk-settings-heading">
      <h2 id="netverk-settings-heading">{t('settingsHeading')}</h2>
      <p className="settings-intro">{t('settingsIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span>{t('languageLabel')}</span>
          <select name="language" value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="auto">{t('languageAuto')}</option>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('keywordsLabel')}</span>
          <textarea
            name="keywords"
            rows={3}
            value={keywords}
            aria-describedby="netverk-keywords-hint"
            aria-invalid={invalidField('keywords') || undefined}
            onChange={(event) => setKeywords(event.target.value)}
          />
        </label>
        <p id="netverk-keywords-hint" className="field-hint">
          {t('keywordsHint', { words: networkMeetingKeywords[locale].slice(0, 3).join(', ') })}
        </p>
        <label className="field">
          <span>{t('workshopKeywordsLabel')}</span>
          <textarea
            name="workshopKeywords"
            rows={3}
            value={workshop}
            aria-invalid={invalidField('workshopKeywords') || undefined}
            onChange={(event) => setWorkshop(event.target.value)}
          />
        </label>
        <button type="submit" disabled={saving}>
          {t('saveSettings')}
        </button>
      </form>
      <p role="status" className="settings-status">
        {outcome.kind === 'saved' ? t('settingsSaved') : ''}
      </p>
      {outcome.kind === 'invalid' || outcome.kind === 'failed' ? (
        <div role="alert" className="settings-error">
          {outcome.kind === 'failed' ? (
            <p>{t('settingsSaveFailed', { error: outcome.error })}</p>
          ) : (
            <>
              <p>{t('settingsNotSaved')}</p>
              <ul>
                {outcome.errors.map((error) => (
                  <li key={`${error.path}:${error.message}`}>
                    {t('settingsProblem', {
                      field: field(error.path),
                      path: error.path,
                      message: error.message,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
