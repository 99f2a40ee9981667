import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { originPattern } from '../storage/origin-pattern.ts';
import { type LoadedSettings, updateSettings } from '../storage/settings-store.ts';
import { LockedNote } from './locked-note.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/**
 * Intranet sites: the user names a site and grants it on the same click (the permission prompt
 * needs the click); the service worker registers the content script when the grant or the
 * settings change. Removing a site also gives the permission back.
 */
export function IntranetSitesSetting(props: { loaded: LoadedSettings; t: PagesTranslate }) {
  const { loaded, t } = props;
  const locked = loaded.locked.has('intranetSites');
  const sites = loaded.settings.intranetSites;
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());

  const refresh = useCallback(async () => {
    const allowed = await Promise.all(
      sites.map(async (site) => {
        const pattern = originPattern(site);
        return pattern && (await chrome.permissions.contains({ origins: [pattern] })) ? [site] : [];
      }),
    );
    setGranted(new Set(allowed.flat()));
  }, [sites]);
  useEffect(() => void refresh(), [refresh]);

  async function allow(site: string, pattern: string): Promise<boolean> {
    // Called straight from the click, before any other await, so the browser may show its prompt.
    const ok = await chrome.permissions.request({ origins: [pattern] }).catch(() => false);
    setMessage(ok ? '' : t('siteDenied', { site }));
    await refresh();
    return ok;
  }
  async function add(event: FormEvent) {
    event.preventDefault();
    const pattern = originPattern(address.trim());
    if (!pattern) return setMessage(t('siteInvalid'));
    const site = pattern.slice(0, -2);
    const ok = await allow(site, pattern);
    if (!ok) return;
    await updateSettings({ intranetSites: [...new Set([...sites, site])] });
    setAddress('');
  }
  async function remove(site: string) {
    const pattern = originPattern(site);
    if (pattern) await chrome.permissions.remove({ origins: [pattern] }).catch(() => false);
    await updateSettings({ intranetSites: sites.filter((s) => s !== site) });
  }

  return (
    <section className="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">
        {t('sitesHeading')}
        <LockedNote locked={locked} t={t} />
      </h2>
      <p>{t('sitesIntro')}</p>
      {sites.length === 0 ? (
        <p className="hint">{t('noSites')}</p>
      ) : (
        <ul className="records">
          {sites.map((site) => (
            <li key={site}>
              <div className="records__text">
                <strong>{site}</strong>
                <span>{granted.has(site) ? t('siteAllowed') : t('siteNotAllowed')}</span>
              </div>
              {!granted.has(site) && originPattern(site) && (
                <button
                  type="button"
                  aria-label={t('allowNamed', { site })}
                  onClick={() => void allow(site, originPattern(site) ?? '')}
                >
                  {t('allow')}
                </button>
              )}
              {!locked && (
                <button
                  type="button"
                  className="danger"
                  aria-label={t('removeNamed', { site })}
                  onClick={() => void remove(site)}
                >
                  {t('remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label className="field">
            <span className="field__label">{t('siteLabel')}</span>
            <input
              type="url"
              inputMode="url"
              placeholder="https://intranet.example.org"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
            />
          </label>
          <button type="submit">{t('addSite')}</button>
        </form>
      )}
      <p role="status" className="error">
        {message}
      </p>
    </section>
  );
}
