import { useCallback, useState } from 'react';
import { boardErrorText, isCancelled } from './board-error-text.ts';
import { useBoardPort } from './board-port-context.tsx';
import { usePanelI18n } from './panel-i18n.tsx';
import type { Status } from './status-message.tsx';

/**
 * A tab's status line plus error reporting: an error shows in the panel (live region) AND as a
 * Miro notification, both in the app's language.
 */
export function useReport() {
  const board = useBoardPort();
  const { t } = usePanelI18n();
  const [status, setStatus] = useState<Status | null>(null);
  const reportError = useCallback(
    (error: unknown) => {
      const text = boardErrorText(error);
      const line = t(text.notify);
      if (isCancelled(error)) {
        setStatus({ kind: 'info', text: `${line} ${t(text.hint)}` });
        return;
      }
      const removed = text.rolledBack ? `${t('rolledBack')} ` : '';
      setStatus({ kind: 'error', text: `${line} ${removed}${t(text.hint)}` });
      // The panel already shows the error; a failing notification must not hide it.
      board.notifications.showError(line).catch(() => undefined);
    },
    [board, t],
  );
  const reportInfo = useCallback((text: string) => setStatus({ kind: 'info', text }), []);
  /** A problem of the panel itself (clipboard, input): shown in the panel only, the board is fine. */
  const reportProblem = useCallback((text: string) => setStatus({ kind: 'error', text }), []);
  const clear = useCallback(() => setStatus(null), []);
  return { status, reportError, reportInfo, reportProblem, clear };
}
