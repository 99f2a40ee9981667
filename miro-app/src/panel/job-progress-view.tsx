import { useEffect, useState } from 'react';
import { usePanelI18n } from './panel-i18n.tsx';
import { ProgressBar } from './progress-bar.tsx';
import type { JobProgress } from './use-board-job.ts';

/** A running board job: the progress bar and the Cancel button. */
export function JobProgressView({ progress, onCancel }: { progress: JobProgress; onCancel: () => void }) {
  const { t } = usePanelI18n();
  const text = progress.cancelling
    ? t('progressCancelling')
    : progress.total > 0
      ? t('progressText', { done: progress.done, total: progress.total })
      : t('progressPreparing');
  return (
    <div className="netverk-job">
      <ProgressBar done={progress.done} total={progress.total} label={t('progressLabel')} text={text} />
      {progress.pausedUntil !== undefined && !progress.cancelling ? (
        <PauseCountdown until={progress.pausedUntil} progress={progress} />
      ) : null}
      {/* Said at once when Cancel is pressed: undoing a build under Miro's rate limit can take a while. */}
      <p className="netverk-visually-hidden" role="status">
        {progress.cancelling ? t('progressCancelling') : ''}
      </p>
      <button
        type="button"
        className="button button-secondary netverk-wide"
        // aria-disabled, not disabled: a disabled button drops keyboard focus to the page.
        aria-disabled={progress.cancelling}
        onClick={progress.cancelling ? undefined : onCancel}
      >
        {progress.cancelling ? t('cancellingButton') : t('cancelButton')}
      </button>
    </div>
  );
}

/**
 * Seconds until Miro's rate limit lets the job go on, counted down once a second, and how long the
 * rest of the build takes at the pace so far (paused time included).
 */
function PauseCountdown({ until, progress }: { until: number; progress: JobProgress }) {
  const { t } = usePanelI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(1, Math.ceil((until - now) / 1_000));
  const estimate = restMinutes(progress, now);
  // Said once when the pause begins: a live line changing every second would drown a screen reader.
  const [announced] = useState(() => t('rateLimitWait', { count: seconds }));
  return (
    <>
      <p className="netverk-help netverk-pause" aria-hidden="true">
        {t('rateLimitWait', { count: seconds })}
      </p>
      {estimate === undefined ? null : (
        <p className="netverk-help netverk-pause-estimate">{t('rateLimitEstimate', { count: estimate })}</p>
      )}
      <p className="netverk-visually-hidden" role="status">
        {announced}
      </p>
    </>
  );
}

/** Minutes the rest of the build takes at the pace so far (whole minutes, at least 1); unknown before the first item. */
export function restMinutes(progress: Pick<JobProgress, 'done' | 'total' | 'startedAt'>, now: number) {
  if (progress.done <= 0 || progress.total <= progress.done) return undefined;
  const perItem = Math.max(0, now - progress.startedAt) / progress.done;
  return Math.max(1, Math.ceil((perItem * (progress.total - progress.done)) / 60_000));
}
