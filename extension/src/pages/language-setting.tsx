import { isLocale } from '../../../shared/index.ts';
import type { LoadedSettings } from '../storage/settings-store.ts';
import { updateSettings } from '../storage/settings-store.ts';
import { LockedNote } from './locked-note.tsx';
import type { PagesTranslate } from './pages-translator.ts';

const choices = [
  ['auto', 'languageAuto'],
  ['da', 'languageDa'],
  ['sv', 'languageSv'],
  ['en', 'languageEn'],
] as const;

/** Language of the pages and the card: the browser's unless the user (or the policy) picks one. */
export function LanguageSetting(props: { loaded: LoadedSettings; t: PagesTranslate }) {
  const { loaded, t } = props;
  const locked = loaded.locked.has('language');
  return (
    <section className="options-section" aria-labelledby="language-heading">
      <h2 id="language-heading">
        {t('languageHeading')}
        <LockedNote locked={locked} t={t} />
      </h2>
      <label className="field">
        <span className="field__label">{t('languageLabel')}</span>
        <select
          value={loaded.settings.language ?? 'auto'}
          disabled={locked}
          onChange={(event) => {
            const value = event.target.value;
            void updateSettings({ language: isLocale(value) ? value : null });
          }}
        >
          {choices.map(([value, key]) => (
            <option key={value} value={value} lang={isLocale(value) ? value : undefined}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
