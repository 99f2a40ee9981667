import { useRef, useState } from 'react';
import { builtInSessions, builtInTemplates, type GeneratedBoard, pickText } from '../../../shared/index.ts';
import { removeGeneratedBoard } from '../board/index.ts';
import { BoardListItem } from './board-list-item.tsx';
import { useBoardPort } from './board-port-context.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import type { PanelMessageKey } from './panel-messages.ts';
import { StatusMessage } from './status-message.tsx';
import { summaryTemplateIds } from './summary-plan.ts';
import { useReport } from './use-report.ts';

/** Titles of what the panel itself writes (not templates). */
const summaryTitles: Readonly<Record<string, PanelMessageKey>> = {
  [summaryTemplateIds.decision]: 'kindDecision',
  [summaryTemplateIds.harvest]: 'kindHarvestSummary',
};

/** The generated boards on this board, newest first, each removable after a confirmation. */
export function BoardsTab() {
  const board = useBoardPort();
  const { locale, t } = usePanelI18n();
  const { boards, loaded, failed, refresh } = useGeneratedBoards();
  const { status, reportError, reportInfo } = useReport();
  const [busy, setBusy] = useState(false);
  const refreshButton = useRef<HTMLButtonElement>(null);

  async function remove(record: GeneratedBoard) {
    setBusy(true);
    try {
      await removeGeneratedBoard(board, record.id);
      reportInfo(t('removed', { title: record.title }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      await refresh();
      // The removed item's buttons are gone: keep keyboard focus inside the tab.
      refreshButton.current?.focus();
    }
  }

  function templateTitle(templateId: string): string {
    const template = builtInTemplates.find((candidate) => candidate.id === templateId);
    if (template) return pickText(template.title, locale);
    // A whole session's board carries the session's id as its template id.
    const session = builtInSessions.find((candidate) => candidate.id === templateId);
    if (session) return session.title[locale];
    const own = summaryTitles[templateId];
    return own ? t(own) : templateId;
  }

  return (
    <div className="netverk-tab-body">
      <button
        ref={refreshButton}
        type="button"
        className="button button-secondary button-small"
        onClick={() => void refresh()}
      >
        {t('refreshButton')}
      </button>
      {failed ? <p className="netverk-help">{t('boardsFailed')}</p> : null}
      {loaded && boards.length === 0 ? <p className="netverk-help">{t('boardsEmpty')}</p> : null}
      <ul className="netverk-board-list" aria-label={t('boardsListLabel')}>
        {boards.map((record) => (
          <BoardListItem
            key={record.id}
            record={record}
            templateTitle={templateTitle(record.templateId)}
            onRemove={remove}
            busy={busy}
          />
        ))}
      </ul>
      <StatusMessage status={status} />
    </div>
  );
}
