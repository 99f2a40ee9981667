import { BoardError, isPermissionError } from '../board/index.ts';
import type { PanelMessageKey } from './panel-messages.ts';

type BoardErrorCode = BoardError['code'];

/** Per error code: a short line for Miro's notification (max 80 characters) and a hint for the panel. */
const errorTexts: Readonly<Record<BoardErrorCode, { notify: PanelMessageKey; hint: PanelMessageKey }>> = {
  'rate-limit': { notify: 'notifyRateLimit', hint: 'hintRateLimit' },
  transient: { notify: 'notifyTransient', hint: 'hintTransient' },
  permanent: { notify: 'notifyPermanent', hint: 'hintPermanent' },
  cancelled: { notify: 'notifyCancelled', hint: 'hintCancelled' },
  'rollback-failed': { notify: 'notifyRollbackFailed', hint: 'hintRollbackFailed' },
};

const unknownError = { notify: 'notifyUnknown', hint: 'hintUnknown' } as const;

export interface BoardErrorText {
  notify: PanelMessageKey;
  hint: PanelMessageKey;
  /** What was made was removed again: say so before the hint. */
  rolledBack?: true;
}

/**
 * The message keys for any thrown value: a BoardError by its code, anything else as unexpected.
 * Permissions are blamed only when Miro's own words said so.
 */
export function boardErrorText(error: unknown): BoardErrorText {
  if (!(error instanceof BoardError)) return unknownError;
  const text = errorTexts[error.code] ?? unknownError;
  const hint = isPermissionError(error) ? 'hintPermission' : text.hint;
  return { notify: text.notify, hint, ...(error.rolledBack ? { rolledBack: true } : {}) };
}

/** Cancelling is the user's own choice: it is reported, but not as an error. */
export function isCancelled(error: unknown): boolean {
  return error instanceof BoardError && error.code === 'cancelled';
}
