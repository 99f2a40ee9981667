import { useState } from 'react';
import { TabBar, tabPanelProps } from '../../../shared/ui/index.ts';
import { saveNetwork } from '../storage/networks-store.ts';
import { DecideWizard } from './decide-wizard.tsx';
import { DraftsPanel } from './drafts-panel.tsx';
import { SessionPlanner } from './session-planner.tsx';
import { ShowCardButton } from './show-card-button.tsx';
import { ThemeCanvasForm } from './theme-canvas-form.tsx';
import { useDraftSession } from './use-draft-session.ts';
import { useNetverkDb } from './use-netverk-db.ts';
import { usePageSettings } from './use-page-settings.ts';

const popupTabs = ['decide', 'canvas', 'workshop', 'drafts'] as const;
type PopupTab = (typeof popupTabs)[number];
const tabKey = 'netverk.popupTab';
const tabIdBase = 'netverk-popup';

function initialTab(): PopupTab {
  const stored = localStorage.getItem(tabKey);
  return (popupTabs as readonly string[]).includes(stored ?? '') ? (stored as PopupTab) : 'canvas';
}

/** The toolbar popup: decide the network type, fill the theme canvas, plan a workshop, manage drafts. */
export function PopupApp() {
  const { locale, t } = usePageSettings();
  const { db, error } = useNetverkDb();
  const session = useDraftSession(db, locale);
  const [tab, setTab] = useState<PopupTab>(initialTab);
  function select(next: PopupTab) {
    setTab(next);
    localStorage.setItem(tabKey, next);
  }
  const labels = {
    decide: t('tabDecide'),
    canvas: t('tabCanvas'),
    workshop: t('tabWorkshop'),
    drafts: t('tabDrafts'),
  };
  return (
    <div className="popup">
      <header className="page-header">
        <h1>{t('appName')}</h1>
        <button type="button" className="link" onClick={() => void chrome.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <main className="popup__main">
        <TabBar
          idBase={tabIdBase}
          label={t('tabsLabel')}
          tabs={popupTabs.map((id) => ({ id, label: labels[id] }))}
          selected={tab}
          onSelect={select}
        />
        {error && (
          <p role="alert" className="error">
            {t('saveFailed', { error })}
          </p>
        )}
        <div {...tabPanelProps(tabIdBase, tab)} className="panel">
          {tab === 'decide' && (
            <DecideWizard
              locale={locale}
              t={t}
              networkName={session.draft?.networkName ?? ''}
              onUseInCanvas={(text) => session.update({ fields: { 'network-type': text } })}
              onSaveNetwork={async (name, type, answers) => {
                if (db)
                  await saveNetwork(db, {
                    id: crypto.randomUUID(),
                    name,
                    type,
                    answers,
                    updatedAt: new Date().toISOString(),
                  });
              }}
            />
          )}
          {tab === 'canvas' && <ThemeCanvasForm session={session} locale={locale} t={t} />}
          {tab === 'workshop' && <SessionPlanner locale={locale} t={t} />}
          {tab === 'drafts' && (
            <DraftsPanel
              db={db}
              locale={locale}
              t={t}
              currentId={session.draft?.id}
              onOpen={(id) => void session.open(id).then(() => select('canvas'))}
              onDeletedCurrent={() => void session.create()}
              onAddSnippet={(snippet) => {
                const before = session.draft?.fields['knowledge-inside']?.trim();
                const added = `${snippet.text}${snippet.pageTitle ? ` (${snippet.pageTitle})` : ''}`;
                session.update({ fields: { 'knowledge-inside': before ? `${before}\n${added}` : added } });
              }}
            />
          )}
        </div>
      </main>
      <footer className="page-footer">
        <ShowCardButton t={t} />
      </footer>
    </div>
  );
}
