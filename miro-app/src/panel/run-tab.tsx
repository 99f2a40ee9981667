import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  createTranslator,
  findSession,
  minutesTaken,
  type RunningOrder,
  retimeRemaining,
} from '../../../shared/index.ts';
import { useBoardPort } from './board-port-context.tsx';
import { useGeneratedBoards } from './generated-boards-context.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import { retimeSession } from './plan-session.ts';
import { showBlock } from './run-block-actions.ts';
import { RunBlockView } from './run-block-view.tsx';
import { RunLateView } from './run-late-view.tsx';
import { runMessages } from './run-messages.ts';
import { RunTimerView } from './run-timer-view.tsx';
import { boardLabel } from './session-label.ts';
import { StatusMessage } from './status-message.tsx';
import { useBlockTimer } from './use-block-timer.ts';
import { useRememberedBlock } from './use-remembered-block.ts';
import { useReport } from './use-report.ts';

const oneMinute = 60_000;

/**
 * The facilitator's Run view: pick a session board, step through its blocks (buttons or Alt+arrows),
 * show each block's frame on the board, and time it with Miro's board timer or, without one, in the panel.
 */
export function RunTab() {
  const board = useBoardPort();
  const { locale, t } = usePanelI18n();
  const r = createTranslator(runMessages, locale);
  const { boards } = useGeneratedBoards();
  const { status, reportInfo, reportProblem } = useReport();
  const timer = useBlockTimer(board);
  const selectId = useId();
  // A session still being made (or left half-made by a closed tab) has no block frames yet: nothing to run.
  const sessions = boards.filter((record) => (record.session?.frames.length ?? 0) > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const record = sessions.find((candidate) => candidate.id === chosen) ?? sessions[0];
  const [index, setIndex] = useRememberedBlock(record?.id);
  const [withEachBlock, setWithEachBlock] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // The running order re-timed when the room caught up, for this board and language only.
  const [retimed, setRetimed] = useState<{ key: string; order: RunningOrder } | null>(null);
  const timed = useMemo((): RunningOrder | null | 'missing' => {
    if (!record?.session) return null;
    const session = findSession(record.session.sessionId);
    if (!session) return 'missing';
    try {
      return retimeSession(session, record.session, locale);
    } catch {
      return 'missing';
    }
  }, [record, locale]);
  const orderKey = `${record?.id}:${locale}`;
  const order = retimed?.key === orderKey ? retimed.order : timed;
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

  // Behind: the blocks after this one give whole 5 minutes (never below their minimum, never the round).
  function catchUp(minutesLate: number) {
    if (!record?.session || !order || order === 'missing') return;
    const session = findSession(record.session.sessionId);
    const minimum = (blockId: string) => session?.blocks.find((block) => block.id === blockId)?.minMinutes;
    const next = retimeRemaining(order, index + 1, minutesLate, minimum);
    const taken = minutesTaken(order, next);
    setRetimed({ key: orderKey, order: next });
    const end = next.entries.at(-1)?.endClock ?? '';
    if (taken > 0) reportInfo(r('lateCaughtUp', { count: taken, end }));
    else reportProblem(r('lateCannotCatchUp'));
  }

  async function startTimer(minutes: number) {
    const where = await timer.start(minutes * oneMinute);
    if (where === 'board') return reportInfo(t('runTimerStarted', { count: minutes }));
    reportInfo(t(where === 'panel' ? 'runTimerInPanel' : 'runTimerFailed'));
  }

  async function timerAction(action: 'pause' | 'resume' | 'prolong' | 'stop') {
    try {
      if (action === 'prolong') await timer.prolong(oneMinute);
      else await timer[action]();
      const said = {
        pause: r('timerPausedStatus'),
        resume: r('timerResumedStatus'),
        stop: r('timerStoppedStatus'),
        prolong: r('timerProlongedStatus', { title: entry?.title ?? '' }),
      };
      reportInfo(said[action]);
    } catch {
      reportProblem(r('timerFailed'));
    }
  }

  // Next (or Previous): a running timer stops; the new block's starts only when the facilitator asked.
  async function step(to: number) {
    const target = entries[to];
    if (!target) return;
    setIndex(to);
    moved.current = true;
    await timer.stop().catch(() => undefined);
    if (withEachBlock) await startTimer(target.minutes);
    await show(to);
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
        void step(index + (event.key === 'ArrowRight' ? 1 : -1));
      }}
    >
      <div className="form-group form-group-small">
        <label htmlFor={selectId}>{t('runBoardLabel')}</label>
        <select
          id={selectId}
          className="select select-small"
          value={record?.id ?? ''}
          onChange={(event) => setChosen(event.target.value)}
        >
          {sessions.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {boardLabel(candidate, locale)}
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
              onClick={() => void step(index - 1)}
            >
              {t('runPrevious')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={index >= entries.length - 1}
              onClick={() => void step(index + 1)}
            >
              {t('runNext')}
            </button>
          </nav>
          <p className="netverk-help">{t('runKeysHelp')}</p>
          <RunBlockView entry={entry} next={entries[index + 1]} total={entries.length} headingRef={heading} />
          {order && order !== 'missing' ? (
            <RunLateView key={index} order={order} index={index} onCatchUp={catchUp} />
          ) : null}
          <RunTimerView
            timer={timer}
            title={entry.title}
            onStart={() => void startTimer(entry.minutes)}
            onAction={(action) => void timerAction(action)}
            withEachBlock={withEachBlock}
            onWithEachBlock={setWithEachBlock}
          />
          <div className="netverk-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void show(index)}
            >
              {t('runShowOnBoard')}
            </button>
          </div>
        </>
      ) : null}
      <StatusMessage status={status} />
    </div>
  );
}
