import { useMemo, useState } from 'react';
import { createTranslator } from '../../../shared/index.ts';
import type { StandInBoard } from '../board/stand-in/index.ts';
import { BoardFileProvider, type GeneratedPlan } from '../panel/board-file-context.tsx';
import { BoardPortProvider } from '../panel/board-port-context.tsx';
import { PanelApp } from '../panel/panel-app.tsx';
import { useStoredLocale } from '../panel/use-stored-locale.ts';
import type { PreviewSettings } from './create-preview-board.ts';
import { ExcalidrawDownloads } from './excalidraw-downloads.tsx';
import { mirrorNotifications, type PreviewNotification } from './mirror-notifications.ts';
import { previewMessages } from './preview-messages.ts';
import { PreviewSettingsForm } from './preview-settings-form.tsx';
import { PreviewToast } from './preview-toast.tsx';
import { StandInBoardView } from './stand-in-board-view.tsx';

/** The local preview: the real panel in a 320 px column beside a stand-in board drawn live. */
export function PreviewApp({ standIn, settings }: { standIn: StandInBoard; settings: PreviewSettings }) {
  const [locale, setLocale] = useStoredLocale();
  const [notification, setNotification] = useState<PreviewNotification | null>(null);
  const board = useMemo(() => mirrorNotifications(standIn, setNotification), [standIn]);
  // What the panel generated, for "Download as Excalidraw" (the preview has no Miro; teams may not either).
  const [generated, setGenerated] = useState<GeneratedPlan[]>([]);
  const boardFiles = useMemo(
    () => ({ onGenerated: (entry: GeneratedPlan) => setGenerated((list) => [...list, entry]) }),
    [],
  );
  const t = createTranslator(previewMessages, locale);
  return (
    <div className="netverk-preview" lang={locale}>
      <header className="netverk-preview-header">
        <h1 className="h3">{t('previewTitle')}</h1>
        <p>{t('previewIntro')}</p>
        <PreviewSettingsForm settings={settings} locale={locale} />
      </header>
      <main className="netverk-preview-main">
        <section className="netverk-preview-panel" aria-label={t('previewPanelLabel')}>
          <BoardPortProvider board={board}>
            <BoardFileProvider value={boardFiles}>
              <PanelApp locale={locale} onLocaleChange={setLocale} />
            </BoardFileProvider>
          </BoardPortProvider>
          <ExcalidrawDownloads generated={generated} locale={locale} />
        </section>
        <section className="netverk-preview-board" aria-label={t('previewBoardLabel')}>
          <PreviewToast notification={notification} />
          <StandInBoardView standIn={standIn} locale={locale} />
        </section>
      </main>
    </div>
  );
}
