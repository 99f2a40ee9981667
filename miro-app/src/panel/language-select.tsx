import { useId } from 'react';
import { isLocale, type Locale, locales } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';

const languageKeys = { da: 'languageDa', sv: 'languageSv', en: 'languageEn' } as const;

/** The app's own language (Miro's board locale has no Danish or Swedish). */
export function LanguageSelect({ onChange }: { onChange: (locale: Locale) => void }) {
  const { locale, t } = usePanelI18n();
  const id = useId();
  return (
    <div className="form-group-small netverk-language">
      <label htmlFor={id}>{t('languageLabel')}</label>
      <select
        id={id}
        className="select select-small"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) onChange(event.target.value);
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(languageKeys[option])}
          </option>
        ))}
      </select>
    </div>
  );
}
