import { BoardError } from '../board/index.ts';
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

/** The message keys for any thrown value: a BoardError by its code, anything else as unexpected. */
export function boardErrorText(error: unknown): { notify: PanelMessageKey; hint: PanelMessageKey } {
  if (error instanceof BoardError) return errorTexts[error.code] ?? unknownError;
  return unknownError;
}

/** Cancelling is the user's own choice: it is reported, but not as an error. */
export function isCancelled(error: unknown): boolean {
  return error instanceof BoardError && error.code === 'cancelled';
}
