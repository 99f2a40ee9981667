import { useCallback, useEffect, useState } from 'react';
import { type Locale, networkTypes } from '../../../shared/index.ts';
import { deleteDraft, listDrafts } from '../storage/drafts-store.ts';
import type { NetverkDb } from '../storage/netverk-db.ts';
import { deleteNetwork, listNetworks } from '../storage/networks-store.ts';
import type { DraftRecord, NetworkRecord, SnippetRecord } from '../storage/record-schemas.ts';
import type { RecordProblem } from '../storage/restore-records.ts';
import { drainSnippetInbox } from '../storage/snippet-inbox.ts';
import { deleteSnippet, listSnippets } from '../storage/snippets-store.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import type { PagesTranslate } from './pages-translator.ts';

interface Lists {
  drafts: DraftRecord[];
  networks: NetworkRecord[];
  snippets: SnippetRecord[];
  problems: RecordProblem[];
}

/** My drafts and networks: list, open, delete; plus text kept from intranet pages. */
export function DraftsPanel(props: {
  db: NetverkDb | null;
  locale: Locale;
  t: PagesTranslate;
  currentId: string | undefined;
  onOpen(id: string): void;
  onDeletedCurrent(): void;
  onAddSnippet(snippet: SnippetRecord): void;
}) {
  const { db, locale, t } = props;
  const [lists, setLists] = useState<Lists | null>(null);
  const reload = useCallback(async () => {
    if (!db) return;
    await drainSnippetInbox(db, chrome.storage.local, () => crypto.randomUUID()).catch(() => 0);
    const [drafts, networks, snippets] = await Promise.all([
      listDrafts(db, locale),
      listNetworks(db, locale),
      listSnippets(db, locale),
    ]);
    setLists({
      drafts: drafts.records,
      networks: networks.records,
      snippets: snippets.records,
      problems: [...drafts.problems, ...networks.problems, ...snippets.problems],
    });
  }, [db, locale]);
  useEffect(() => void reload(), [reload]);
  if (!db || !lists) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="lists">
      {lists.problems.length > 0 && (
        <div className="warning" role="alert">
          <p>{t('unreadable', { count: lists.problems.length })}</p>
          <ul>
            {lists.problems.flatMap((p) =>
              p.errors.map((e) => (
                <li key={`${p.store}${p.key}${e.path}`}>
                  {t('problemItem', { path: `${p.store} ${p.key} ${e.path}`, message: e.message })}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      <h2>{t('draftsHeading')}</h2>
      {lists.drafts.length === 0 ? (
        <p className="hint">{t('noDrafts')}</p>
      ) : (
        <ul className="records">
          {lists.drafts.map((draft) => {
            const name = draft.themeTitle.trim() || t('untitled');
            return (
              <li key={draft.id} aria-current={draft.id === props.currentId ? 'true' : undefined}>
                <div className="records__text">
                  <strong>{name}</strong>
                  {draft.networkName && <span>{draft.networkName}</span>}
                  <span className="hint">
                    {t('changedAt', { date: date.format(new Date(draft.updatedAt)) })}
                  </span>
                </div>
                <button
                  type="button"
                  aria-label={t('openNamed', { name })}
                  onClick={() => props.onOpen(draft.id)}
                >
                  {t('open')}
                </button>
                <ConfirmDelete
                  name={name}
                  t={t}
                  onDelete={async () => {
                    await deleteDraft(db, draft.id);
                    if (draft.id === props.currentId) props.onDeletedCurrent();
                    await reload();
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('networksHeading')}</h2>
      {lists.networks.length === 0 ? (
        <p className="hint">{t('noNetworks')}</p>
      ) : (
        <ul className="records">
          {lists.networks.map((network) => (
            <li key={network.id}>
              <div className="records__text">
                <strong>{network.name}</strong>
                {network.type && (
                  <span>{t('typeLabel', { type: networkTypes[network.type].title[locale] })}</span>
                )}
              </div>
              <ConfirmDelete
                name={network.name}
                t={t}
                onDelete={async () => deleteNetwork(db, network.id).then(reload)}
              />
            </li>
          ))}
        </ul>
      )}
      {lists.snippets.length > 0 && (
        <>
          <h2>{t('snippetsHeading')}</h2>
          <ul className="records">
            {lists.snippets.map((snippet) => {
              const name = snippet.pageTitle || snippet.text.slice(0, 40);
              return (
                <li key={snippet.id}>
                  <div className="records__text">
                    <strong>{snippet.pageTitle}</strong>
                    <span>{snippet.text.slice(0, 200)}</span>
                  </div>
                  <button
                    type="button"
                    aria-label={t('addSnippetNamed', { name })}
                    onClick={async () => {
                      props.onAddSnippet(snippet);
                      await deleteSnippet(db, snippet.id);
                      await reload();
                    }}
                  >
                    {t('addSnippet')}
                  </button>
                  <ConfirmDelete
                    name={name}
                    t={t}
                    onDelete={async () => deleteSnippet(db, snippet.id).then(reload)}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
