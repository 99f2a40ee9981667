import { useEffect, useRef, useState } from 'react';
import type { Locale, Params, ValidationError } from '../../../shared/index.ts';
import { downloadFile } from '../../../shared/ui/index.ts';
import type { NetverkDb } from '../storage/netverk-db.ts';
import { deleteEverything, exportAllUserData, importAllUserData } from '../storage/user-data-actions.ts';
import { clearDraftCopy } from './draft-copy.ts';
import type { PagesMessageKey } from './pages-messages.ts';
import type { PagesTranslate } from './pages-translator.ts';

/** Kept as a message key, not text, so a language change re-renders it. */
type Notice =
  | { kind: 'ok'; key: PagesMessageKey; params?: Params }
  | { kind: 'errors'; key: PagesMessageKey; params: Params; errors: ValidationError[] };

/** Export all data, import a file (all or nothing, every error shown), delete all after asking. */
export function UserDataSection(props: { db: NetverkDb | null; locale: Locale; t: PagesTranslate }) {
  const { db, locale, t } = props;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmYes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmYes.current?.focus();
  }, [confirming]);
  const local = chrome.storage.local;

  async function exportAll() {
    if (!db) return;
    const file = await exportAllUserData(db, local, new Date());
    downloadFile({
      fileName: `netverk-data-${file.exportedAt.slice(0, 10)}.json`,
      type: 'application/json',
      text: `${JSON.stringify(file, null, 2)}\n`,
    });
  }
  async function importFile(file: File | undefined) {
    if (!db || !file) return;
    try {
      const outcome = await importAllUserData(db, local, await file.text(), locale);
      // The import may have replaced the draft the popup keeps a copy of: it reads the database again.
      if (outcome.ok) clearDraftCopy();
      setNotice(
        outcome.ok
          ? { kind: 'ok', key: 'importDone', params: outcome.counts }
          : {
              kind: 'errors',
              key: 'importFailed',
              params: { count: outcome.errors.length },
              errors: outcome.errors,
            },
      );
    } catch (error) {
      setNotice({
        kind: 'errors',
        key: 'importFailed',
        params: { count: 1 },
        errors: [{ path: '$', message: String(error) }],
      });
    }
    if (fileInput.current) fileInput.current.value = '';
  }
  async function deleteAll() {
    if (!db) return;
    await deleteEverything(db, local);
    localStorage.clear();
    setConfirming(false);
    setNotice({ kind: 'ok', key: 'deletedAll' });
  }

  return (
    <section className="options-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void exportAll()} disabled={!db}>
          {t('exportData')}
        </button>
      </div>
      <label className="field">
        <span className="field__label">{t('importData')}</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={!db}
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
      </label>
      <div role="status" aria-live="polite" data-testid="data-notice">
        {notice && (
          <p className={notice.kind === 'ok' ? 'notice' : 'error'}>{t(notice.key, notice.params)}</p>
        )}
        {notice?.kind === 'errors' && (
          <ul className="error error-list">
            {notice.errors.map((error) => (
              <li key={`${error.path}: ${error.message}`}>
                {t('problemItem', { path: error.path, message: error.message })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {confirming ? (
        <div className="confirm">
          <p>{t('deleteAllConfirm')}</p>
          <button type="button" className="danger" onClick={() => void deleteAll()} ref={confirmYes}>
            {t('deleteAllYes')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={!db}>
            {t('deleteAll')}
          </button>
        </div>
      )}
    </section>
  );
}
