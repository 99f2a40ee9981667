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
