import { useRef } from 'react';
import { createTranslator, type DecisionResult } from '../../../shared/index.ts';
import { decisionTitle, uiMessages } from '../../../shared/ui/index.ts';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { JobProgressView } from './job-progress-view.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { StatusMessage } from './status-message.tsx';
import { summaryTemplateIds } from './summary-plan.ts';
import { decisionSections } from './summary-sections.ts';
import { useFocusAfterJob } from './use-focus-after-job.ts';
import { usePlaceSummary } from './use-place-summary.ts';
import { useReport } from './use-report.ts';

/** Puts the decision onto the board as a small frame, next to the newest generated canvas. */
export function PlaceDecisionButton({ result }: { result: DecisionResult }) {
  const { locale, t } = usePanelI18n();
  const { status, reportError, reportInfo } = useReport();
  const summary = usePlaceSummary();
  // The decision is the network's: name it after the newest session generated for a network.
  const network = useGeneratedBoards().boards.find((board) => board.session?.network)?.session?.network;
  const placeButton = useRef<HTMLButtonElement>(null);
  useFocusAfterJob(summary.running, placeButton);
  async function place() {
    // The frame on the board carries the same headline and "Why" as the result in the panel.
    const why = createTranslator(uiMessages, locale)('why');
    try {
      await summary.place({
        templateId: summaryTemplateIds.decision,
        locale,
        title: network ? `${decisionTitle(result, locale)} – ${network}` : decisionTitle(result, locale),
        sections: decisionSections(result, why, locale),
      });
      reportInfo(t('decisionPlaced'));
    } catch (error) {
      reportError(error);
    }
  }
  return (
    <div className="netverk-place">
      {summary.progress ? (
        <JobProgressView progress={summary.progress} onCancel={summary.cancel} />
      ) : (
        <button
          ref={placeButton}
          type="button"
          className="button button-primary netverk-wide"
          onClick={() => void place()}
        >
          {t('placeDecisionButton')}
        </button>
      )}
      <StatusMessage status={status} />
    </div>
  );
}
