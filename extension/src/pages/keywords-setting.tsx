import { useEffect, useState } from 'react';
import { type Locale, locales, networkMeetingKeywords } from '../../../shared/index.ts';
import { type LoadedSettings, updateSettings } from '../storage/settings-store.ts';
import { LockedNote } from './locked-note.tsx';
import type { PagesTranslate } from './pages-translator.ts';

const languageKeys = { da: 'languageDa', sv: 'languageSv', en: 'languageEn' } as const;

/** The built-in keywords per language (read-only) and the user's own, one per line. */
export function KeywordsSetting(props: { loaded: LoadedSettings; locale: Locale; t: PagesTranslate }) {
  const { loaded, t } = props;
  const locked = loaded.locked.has('keywords');
  const [text, setText] = useState(loaded.settings.keywords.join('\n'));
  const [notice, setNotice] = useState('');
  useEffect(() => setText(loaded.settings.keywords.join('\n')), [loaded.settings.keywords]);
  async function save() {
    const keywords = [
      ...new Set(
        text
          .split('\n')
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ].slice(0, 500);
    await updateSettings({ keywords });
    setNotice(t('settingsSaved'));
  }
  return (
    <section className="options-section" aria-labelledby="keywords-heading">
      <h2 id="keywords-heading">
        {t('keywordsHeading')}
        <LockedNote locked={locked} t={t} />
      </h2>
      <p>{t('keywordsIntro')}</p>
      <ul className="keyword-list">
        {locales.map((language) => (
          <li key={language}>
            {t('builtInKeywords', {
              language: t(languageKeys[language]),
              words: networkMeetingKeywords[language].join(', '),
            })}
          </li>
        ))}
      </ul>
      <label className="field">
        <span className="field__label">{t('ownKeywords')}</span>
        <textarea rows={4} value={text} readOnly={locked} onChange={(event) => setText(event.target.value)} />
      </label>
      {!locked && (
        <button type="button" onClick={() => void save()}>
          {t('saveKeywords')}
        </button>
      )}
      <p role="status" className="notice">
        {notice}
      </p>
    </section>
  );
}
