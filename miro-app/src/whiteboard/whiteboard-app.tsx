import { useId } from 'react';
import { createTranslator, isLocale, locales } from '../../../shared/index.ts';
import { useStoredLocale } from '../panel/use-stored-locale.ts';
import { HarvestBoardFile } from './harvest-board-file.tsx';
import { MakeBoardForm } from './make-board-form.tsx';
import { whiteboardMessages } from './whiteboard-messages.ts';

const languageNames = { da: 'Dansk', sv: 'Svenska', en: 'English' } as const;

/** The page for teams without Miro: download a board for Excalidraw or Nextcloud Whiteboard, then harvest the saved file. */
export function WhiteboardApp() {
  const [locale, setLocale] = useStoredLocale();
  const t = createTranslator(whiteboardMessages, locale);
  const id = useId();
  return (
    <div className="netverk-whiteboard" lang={locale}>
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <div className="form-group netverk-whiteboard-language">
          <label htmlFor={`${id}-lang`}>{t('language')}</label>
          <select
            id={`${id}-lang`}
            className="select"
            value={locale}
            onChange={(event) => {
              if (isLocale(event.target.value)) setLocale(event.target.value);
            }}
          >
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {languageNames[option]}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main>
        <MakeBoardForm locale={locale} />
        <HarvestBoardFile locale={locale} />
      </main>
    </div>
  );
}
