import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../../shared/index.ts';
import { deleteDraft, listDrafts } from '../storage/drafts-store.ts';
import type { NetverkDb } from '../storage/netverk-db.ts';
import { deleteNetwork, listNetworks } from '../storage/networks-store.ts';
import type { DraftRecord, NetworkRecord, SnippetRecord } from '../storage/record-schemas.ts';
import type { RecordProblem } from '../storage/restore-records.ts';
import { drainSnippetInbox } from '../storage/snippet-inbox.ts';
import { deleteSnippet, listSnippets } from '../storage/snippets-store.ts';
import { DraftList } from './draft-list.tsx';
import { NetworkList } from './network-list.tsx';
import type { PagesTranslate } from './pages-translator.ts';
import { RecordProblems } from './record-problems.tsx';
import { SnippetList } from './snippet-list.tsx';

interface Lists {
  drafts: DraftRecord[];
  networks: NetworkRecord[];
  snippets: SnippetRecord[];
  problems: RecordProblem[];
}

/** Everything stored, read tolerantly: the worker's snippet inbox is moved in first. */
async function loadLists(db: NetverkDb, locale: Locale): Promise<Lists> {
  await drainSnippetInbox(db, chrome.storage.local, () => crypto.randomUUID()).catch(() => 0);
  const [drafts, networks, snippets] = await Promise.all([
    listDrafts(db, locale),
    listNetworks(db, locale),
    listSnippets(db, locale),
  ]);
  return {
    drafts: drafts.records,
    networks: networks.records,
    snippets: snippets.records,
    problems: [...drafts.problems, ...networks.problems, ...snippets.problems],
  };
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
    if (db) setLists(await loadLists(db, locale));
  }, [db, locale]);
  useEffect(() => void reload(), [reload]);
  if (!db || !lists) return null;
  return (
    <div className="lists">
      <RecordProblems problems={lists.problems} t={t} />
      <h2>{t('draftsHeading')}</h2>
      <DraftList
        drafts={lists.drafts}
        currentId={props.currentId}
        locale={locale}
        t={t}
        onOpen={props.onOpen}
        onDelete={async (draft) => {
          await deleteDraft(db, draft.id);
          if (draft.id === props.currentId) props.onDeletedCurrent();
          await reload();
        }}
      />
      <h2>{t('networksHeading')}</h2>
      <NetworkList
        networks={lists.networks}
        locale={locale}
        t={t}
        onDelete={(n) => deleteNetwork(db, n.id).then(reload)}
      />
      <SnippetList
        snippets={lists.snippets}
        t={t}
        onAdd={async (snippet) => {
          props.onAddSnippet(snippet);
          await deleteSnippet(db, snippet.id);
          await reload();
        }}
        onDelete={(snippet) => deleteSnippet(db, snippet.id).then(reload)}
      />
    </div>
  );
}
