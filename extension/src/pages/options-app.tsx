import { useEffect } from 'react';
import { IntranetSitesSetting } from './intranet-sites-setting.tsx';
import { KeywordsSetting } from './keywords-setting.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { PromptsSetting } from './prompts-setting.tsx';
import { useNetverkDb } from './use-netverk-db.ts';
import { usePageSettings } from './use-page-settings.ts';
import { UserDataSection } from './user-data-section.tsx';

/** The options page: language, keywords, intranet sites, prompts, and the user's data. */
export function OptionsApp() {
  const { loaded, locale, t } = usePageSettings();
  const { db } = useNetverkDb();
  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {/* All sections at once, as soon as the user's own settings are read (milliseconds): nothing
          appears above what is already shown. The policy's locks apply in place when they come. */}
      {loaded && (
        <>
          <LanguageSetting loaded={loaded} t={t} />
          <KeywordsSetting loaded={loaded} locale={locale} t={t} />
          <KeywordsSetting loaded={loaded} locale={locale} t={t} kind="workshop" />
          <IntranetSitesSetting loaded={loaded} t={t} />
          <PromptsSetting loaded={loaded} locale={locale} t={t} />
          <UserDataSection db={db} locale={locale} t={t} />
        </>
      )}
    </main>
  );
}
