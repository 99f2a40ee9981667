import { DraftsPanel } from '../pages/drafts-panel.tsx';
import type { IslandProps } from './island-props.ts';
import { useDraftState } from './mount-island.tsx';

/** The My drafts tab: open, delete and add saved snippets to the draft. */
export default function DraftsTab({ locale, t, session, db, selectTab }: IslandProps) {
  const { draft } = useDraftState(session);
  return (
    <DraftsPanel
      db={db}
      locale={locale}
      t={t}
      currentId={draft?.id}
      onOpen={(id) => void session.open(id).then(() => selectTab('canvas'))}
      onDeletedCurrent={() => void session.create()}
      onAddSnippet={(snippet) => {
        const before = session.state().draft?.fields['knowledge-inside']?.trim();
        const added = `${snippet.text}${snippet.pageTitle ? ` (${snippet.pageTitle})` : ''}`;
        session.update({ fields: { 'knowledge-inside': before ? `${before}\n${added}` : added } });
      }}
    />
  );
}
