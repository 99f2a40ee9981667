import { useState } from 'react';
import { type BoardReading, type HarvestResult, harvestBoardReading } from '../../../shared/index.ts';
import { readBoardSnapshot } from '../board/index.ts';
import { useBoardFiles } from './board-file-context.tsx';
import { useBoardPort } from './board-port-context.tsx';
import { countHarvestNotes, filterHarvest, type HarvestScope } from './filter-harvest.ts';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { HarvestActions } from './harvest-actions.tsx';
import { HarvestFileInput } from './harvest-file-input.tsx';
import { HarvestResultsView } from './harvest-results-view.tsx';
import { HarvestScopeSelect } from './harvest-scope-select.tsx';
import { JobProgressView } from './job-progress-view.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { StatusMessage } from './status-message.tsx';
import { summaryTemplateIds } from './summary-plan.ts';
import { harvestSections } from './summary-sections.ts';
import { usePlaceSummary } from './use-place-summary.ts';
import { useReport } from './use-report.ts';

/** Read participants' notes per zone from one generated board or all, then copy, download or summarise them. */
export function HarvestTab() {
  const board = useBoardPort();
  const { locale, t } = usePanelI18n();
  const { boards } = useGeneratedBoards();
  const { status, reportError, reportInfo, reportProblem } = useReport();
  const summary = usePlaceSummary();
  const [scope, setScope] = useState<HarvestScope>('all');
  const [result, setResult] = useState<HarvestResult | null>(null);
  const [boardReading, setBoardReading] = useState<BoardReading | null>(null);
  const [reading, setReading] = useState(false);
  const boardFiles = useBoardFiles();

  async function read() {
    setReading(true);
    try {
      const fresh = await readBoardSnapshot(board);
      // The adapter built the reading from records it validated as it read them: nothing to restore.
      const filtered = filterHarvest(harvestBoardReading(fresh), scope);
      setResult(filtered);
      setBoardReading(fresh);
      reportInfo(t('harvestRead', { count: countHarvestNotes(filtered) }));
    } catch (error) {
      reportError(error);
    } finally {
      setReading(false);
    }
  }

  async function writeSummary(harvest: HarvestResult) {
    // An empty summary frame helps nobody: say why nothing is written.
    if (countHarvestNotes(harvest) === 0) return reportProblem(t('summaryNothing'));
    const title =
      scope === 'all'
        ? t('summaryTitleAll')
        : t('summaryTitleOne', { title: harvest.boards[0]?.title ?? '' });
    try {
      const sections = harvestSections(harvest, t('harvestUnplaced'), locale);
      const placed = await summary.place(
        { templateId: summaryTemplateIds.harvest, locale, title, sections },
        scope === 'all' ? undefined : scope,
        scope,
      );
      reportInfo(t(placed.replaced ? 'summaryUpdated' : 'summaryWritten'));
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <div className="netverk-tab-body">
      <HarvestScopeSelect
        boards={boards}
        value={scope}
        onChange={(next) => {
          setScope(next);
          setResult(null);
          setBoardReading(null);
        }}
      />
      <button
        type="button"
        className="button button-primary netverk-wide"
        onClick={() => void read()}
        disabled={reading}
      >
        {t('harvestReadButton')}
      </button>
      {boardFiles ? (
        <HarvestFileInput
          onRead={(harvest, fromFile, text) => {
            setResult(harvest);
            setBoardReading(fromFile);
            reportInfo(text);
          }}
          onProblem={reportProblem}
        />
      ) : null}
      <StatusMessage status={status} />
      {result ? (
        <>
          <HarvestActions
            result={result}
            reading={boardReading}
            onDone={reportInfo}
            onFail={reportProblem}
            onWriteSummary={() => void writeSummary(result)}
            busy={summary.running}
          />
          {summary.progress ? (
            <JobProgressView progress={summary.progress} onCancel={summary.cancel} />
          ) : null}
          <HarvestResultsView result={result} />
        </>
      ) : null}
    </div>
  );
}
