import { useEffect, useState } from 'react';
import { type Locale, locales, networkMeetingKeywords, workshopKeywords } from '../../../shared/index.ts';
import { keywordLines } from '../storage/keyword-lines.ts';
import { type LoadedSettings, updateSettings } from '../storage/settings-store.ts';
import { LockedNote } from './locked-note.tsx';
import type { PagesTranslate } from './pages-translator.ts';

const languageKeys = { da: 'languageDa', sv: 'languageSv', en: 'languageEn' } as const;

/** What each keyword list is: its setting, built-in words and texts. */
const kinds = {
  network: {
    setting: 'keywords',
    builtIn: networkMeetingKeywords,
    heading: 'keywordsHeading',
    intro: 'keywordsIntro',
    own: 'ownKeywords',
    save: 'saveKeywords',
  },
  workshop: {
    setting: 'workshopKeywords',
    builtIn: workshopKeywords,
    heading: 'workshopKeywordsHeading',
    intro: 'workshopKeywordsIntro',
    own: 'ownWorkshopKeywords',
    save: 'saveWorkshopKeywords',
  },
} as const;

/** The built-in keywords per language (read-only) and the user's own, one per line: network or workshop words. */
export function KeywordsSetting(props: {
  loaded: LoadedSettings;
  locale: Locale;
  t: PagesTranslate;
  kind?: keyof typeof kinds;
}) {
  const { loaded, t } = props;
  const kind = kinds[props.kind ?? 'network'];
  const current = loaded.settings[kind.setting];
  const locked = loaded.locked.has(kind.setting);
  const [text, setText] = useState(current.join('\n'));
  const [notice, setNotice] = useState('');
  useEffect(() => setText(current.join('\n')), [current]);
  const headingId = `${props.kind ?? 'network'}-keywords-heading`;
  async function save() {
    const keywords = keywordLines(text).slice(0, 500);
    await updateSettings({ [kind.setting]: keywords });
    setNotice(t('settingsSaved'));
  }
  return (
    <section className="options-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(kind.heading)}
        <LockedNote locked={locked} t={t} />
      </h2>
      <p>{t(kind.intro)}</p>
      <ul className="keyword-list">
        {locales.map((language) => (
          <li key={language}>
            {t('builtInKeywords', {
              language: t(languageKeys[language]),
              words: kind.builtIn[language].join(', '),
            })}
          </li>
        ))}
      </ul>
      <label className="field">
        <span className="field__label">{t(kind.own)}</span>
        <textarea rows={4} value={text} readOnly={locked} onChange={(event) => setText(event.target.value)} />
      </label>
      {!locked && (
        <button type="button" onClick={() => void save()}>
          {t(kind.save)}
        </button>
      )}
      <p role="status" className="notice">
        {notice}
      </p>
    </section>
  );
}
