import './countdown.css';
import { createTranslator } from '../../../shared/index.ts';
import { countdownMessages } from './countdown-messages.ts';
import { formatCountdown } from './format-countdown.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { runMessages } from './run-messages.ts';
import type { BlockTimer } from './use-block-timer.ts';

interface RunTimerViewProps {
  timer: BlockTimer;
  /** The block the time is for, named in the "time is up" alert. */
  title: string;
  onStart(): void;
  onAction(action: 'pause' | 'resume' | 'prolong' | 'stop'): void;
  withEachBlock: boolean;
  onWithEachBlock(on: boolean): void;
}

/**
 * The block's timer: the time left (a `timer`, read on demand), Start, or Pause/Resume, +1 minute and
 * Stop while it runs; at 0 a visible alert that screen readers announce at once.
 */
export function RunTimerView({
  timer,
  title,
  onStart,
  onAction,
  withEachBlock,
  onWithEachBlock,
}: RunTimerViewProps) {
  const { locale, t } = usePanelI18n();
  const r = createTranslator(runMessages, locale);
  const spoken = createTranslator(countdownMessages, locale);
  const { status, place, finished } = timer.state;
  const seconds = Math.ceil(timer.remainingMs / 1000);
  const active = status !== 'STOPPED';
  return (
    <div className="netverk-run-timer">
      {active ? (
        <div className="netverk-countdown">
          <span className="netverk-countdown-label">
            {place === 'board' ? r('timerOnBoard') : r('timerInPanel')}
            {status === 'PAUSED' ? ` · ${r('timerPaused')}` : ''}
          </span>
          <span
            className="netverk-countdown-time"
            role="timer"
            aria-label={spoken('countdownSpoken', {
              minutes: Math.floor(seconds / 60),
              seconds: seconds % 60,
            })}
          >
            {formatCountdown(timer.remainingMs)}
          </span>
        </div>
      ) : null}
      <p className="netverk-time-up" role="alert">
        {finished ? r('timerUp', { title }) : ''}
      </p>
      <div className="netverk-actions">
        {active ? (
          <>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onAction(status === 'PAUSED' ? 'resume' : 'pause')}
            >
              {status === 'PAUSED' ? r('timerResume') : r('timerPause')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onAction('prolong')}
            >
              <span aria-hidden="true">{r('timerAddMinute')}</span>
              <span className="netverk-visually-hidden">{r('timerAddMinuteLabel')}</span>
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onAction('stop')}
            >
              {r('timerStop')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary button-small" onClick={onStart}>
            {t('runStartTimer')}
          </button>
        )}
      </div>
      <label className="netverk-run-each">
        <input
          type="checkbox"
          checked={withEachBlock}
          onChange={(event) => onWithEachBlock(event.target.checked)}
        />
        <span>{r('timerWithEachBlock')}</span>
      </label>
    </div>
  );
}
