import { createTranslator } from '../../../shared/index.ts';
import { useStoredLocale } from '../panel/use-stored-locale.ts';
import { previewMessages } from './preview-messages.ts';

/** Shown on index.html and app.html when they are opened directly: a way to the local preview. */
export function NotInMiro() {
  const [locale] = useStoredLocale();
  const t = createTranslator(previewMessages, locale);
  return (
    <main className="netverk-not-in-miro" lang={locale}>
      <h1 className="h2">{t('notInMiroTitle')}</h1>
      <p>{t('notInMiroText')}</p>
      <a className="button button-primary" href="preview.html">
        {t('notInMiroLink')}
      </a>
    </main>
  );
}
