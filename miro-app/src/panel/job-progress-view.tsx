import { useEffect, useState } from 'react';
import { usePanelI18n } from './panel-i18n.tsx';
import { ProgressBar } from './progress-bar.tsx';
import type { JobProgress } from './use-board-job.ts';

/** A running board job: the progress bar and the Cancel button. */
export function JobProgressView({ progress, onCancel }: { progress: JobProgress; onCancel: () => void }) {
  const { t } = usePanelI18n();
  const text =
    progress.total > 0
      ? t('progressText', { done: progress.done, total: progress.total })
      : t('progressPreparing');
  return (
    <div className="netverk-job">
      <ProgressBar done={progress.done} total={progress.total} label={t('progressLabel')} text={text} />
      {progress.pausedUntil !== undefined ? <PauseCountdown until={progress.pausedUntil} /> : null}
      <button
        type="button"
        className="button button-secondary netverk-wide"
        // aria-disabled, not disabled: a disabled button drops keyboard focus to the page.
        aria-disabled={progress.cancelling}
        onClick={progress.cancelling ? undefined : onCancel}
      >
        {t('cancelButton')}
      </button>
    </div>
  );
}

/** Seconds until Miro's rate limit lets the job go on, counted down once a second. */
function PauseCountdown({ until }: { until: number }) {
  const { t } = usePanelI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(1, Math.ceil((until - now) / 1_000));
  // Said once when the pause begins: a live line changing every second would drown a screen reader.
  const [announced] = useState(() => t('rateLimitWait', { count: seconds }));
  return (
    <>
      <p className="netverk-help netverk-pause" aria-hidden="true">
        {t('rateLimitWait', { count: seconds })}
      </p>
      <p className="netverk-visually-hidden" role="status">
        {announced}
      </p>
    </>
  );
}
