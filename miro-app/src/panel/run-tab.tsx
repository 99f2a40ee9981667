import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findSession, type RunningOrder } from '../../../shared/index.ts';
import { useBoardPort } from './board-port-context.tsx';
import { CountdownView } from './countdown-view.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { retimeSession } from './plan-session.ts';
import { showBlock, startBlockTimer } from './run-block-actions.ts';
import { RunBlockView } from './run-block-view.tsx';
import { StatusMessage } from './status-message.tsx';
import { useCountdown } from './use-countdown.ts';
import { useReport } from './use-report.ts';

/**
 * The facilitator's Run view: pick a session board, step through its blocks (buttons or Alt+arrows),
 * show each block's frame on the board, and time it with Miro's board timer or, without one, in the panel.
 */
export function RunTab() {
  const board = useBoardPort();
  const { locale, t } = usePanelI18n();
  const { boards } = useGeneratedBoards();
  const { status, reportInfo, reportProblem } = useReport();
  const countdown = useCountdown();
  const selectId = useId();
  const sessions = boards.filter((record) => record.session !== undefined);
  const [chosen, setChosen] = useState<string | null>(null);
  const record = sessions.find((candidate) => candidate.id === chosen) ?? sessions[0];
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const order = useMemo((): RunningOrder | null | 'missing' => {
    if (!record?.session) return null;
    const session = findSession(record.session.sessionId);
    if (!session) return 'missing';
    try {
      return retimeSession(session, record.session, locale);
    } catch {
      return 'missing';
    }
  }, [record, locale]);
  const entries = order && order !== 'missing' ? order.entries : [];
  const entry = entries[Math.min(index, entries.length - 1)];

  // After a step the new block's heading takes focus, so a screen reader reads where the session is.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  });

  async function show(to: number) {
    const target = entries[to];
    if (!record || !target) return;
    try {
      await showBlock(board, record, target);
      reportInfo(t('runShown', { title: target.title }));
    } catch {
      reportProblem(t('runFrameMissing', { title: target.title }));
    }
  }

  function step(to: number) {
    if (to < 0 || to >= entries.length) return;
    setIndex(to);
    moved.current = true;
    void show(to);
  }

  async function startTimer() {
    if (!entry) return;
    const where = await startBlockTimer(board, entry.minutes);
    if (where === 'board') {
      countdown.stop();
      return reportInfo(t('runTimerStarted', { count: entry.minutes }));
    }
    countdown.start(entry.minutes * 60_000);
    reportInfo(t(where === 'panel' ? 'runTimerInPanel' : 'runTimerFailed'));
  }

  if (sessions.length === 0)
    return (
      <div className="netverk-tab-body">
        <p className="netverk-help">{t('runNoSessions')}</p>
      </div>
    );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Alt+arrows are shortcuts; every action also has a button.
    <div
      className="netverk-tab-body"
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
        event.preventDefault();
        step(index + (event.key === 'ArrowRight' ? 1 : -1));
      }}
    >
      <div className="form-group form-group-small">
        <label htmlFor={selectId}>{t('runBoardLabel')}</label>
        <select
          id={selectId}
          className="select select-small"
          value={record?.id ?? ''}
          onChange={(event) => {
            setChosen(event.target.value);
            setIndex(0);
          }}
        >
          {sessions.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
      </div>
      {order === 'missing' ? <p className="netverk-help">{t('runSessionMissing')}</p> : null}
      {entry ? (
        <>
          <nav className="netverk-run-steps" aria-label={t('runBlocksLabel')}>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={index === 0}
              onClick={() => step(index - 1)}
            >
              {t('runPrevious')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={index >= entries.length - 1}
              onClick={() => step(index + 1)}
            >
              {t('runNext')}
            </button>
          </nav>
          <p className="netverk-help">{t('runKeysHelp')}</p>
          <RunBlockView entry={entry} next={entries[index + 1]} total={entries.length} headingRef={heading} />
          <div className="netverk-actions">
            <button
              type="button"
              className="button button-primary button-small"
              onClick={() => void startTimer()}
            >
              {t('runStartTimer')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void show(index)}
            >
              {t('runShowOnBoard')}
            </button>
          </div>
          {countdown.running || countdown.finished ? (
            <CountdownView countdown={countdown} locale={locale} />
          ) : null}
        </>
      ) : null}
      <StatusMessage status={status} />
    </div>
  );
}
