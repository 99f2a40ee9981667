/** Why a board operation failed; the panel localizes by code. */
export type BoardErrorCode = 'rate-limit' | 'transient' | 'permanent' | 'cancelled' | 'rollback-failed';

export interface BoardErrorDetails {
  /** The generated board concerned, when there is one: `removeGeneratedBoard` takes it. */
  boardId?: string;
  /** Items still on the board after a failed rollback or removal. */
  leftOver?: number;
  /** What the failed operation had made was removed again (a generation rolled back cleanly). */
  rolledBack?: boolean;
  cause?: unknown;
}

/** A typed failure of a board call or of a whole operation (generate, remove). */
export class BoardError extends Error {
  readonly code: BoardErrorCode;
  readonly boardId: string | undefined;
  readonly leftOver: number;
  readonly rolledBack: boolean;

  constructor(code: BoardErrorCode, message: string, details: BoardErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'BoardError';
    this.code = code;
    this.boardId = details.boardId;
    this.leftOver = details.leftOver ?? 0;
    this.rolledBack = details.rolledBack ?? false;
  }
}

// Miro rejects with plain Errors; only the message tells a full budget from a flaky network.
const rateLimitPattern = /rate.?limit/i;
const transientPattern =
  /time.?out|timed out|network|temporar|unavailable|try again|connection|ECONNRESET|\b50[234]\b/i;

/** Classifies anything a board call threw; a BoardError keeps its own code. */
export function toBoardError(raw: unknown): BoardError {
  if (raw instanceof BoardError) return raw;
  const message = raw instanceof Error ? raw.message : String(raw);
  if (raw instanceof Error && raw.name === 'AbortError')
    return new BoardError('cancelled', message, { cause: raw });
  if (rateLimitPattern.test(message)) return new BoardError('rate-limit', message, { cause: raw });
  if (transientPattern.test(message)) return new BoardError('transient', message, { cause: raw });
  return new BoardError('permanent', message, { cause: raw });
}

// Only these words from Miro mean the user may not edit: nothing else is blamed on permissions.
const permissionPattern = /permission|forbidden|not allowed|unauthori[sz]ed|access denied|\b40[13]\b|scope/i;

/** Whether Miro said the user (or the app) lacks the right to change the board. */
export function isPermissionError(error: BoardError): boolean {
  return error.code === 'permanent' && permissionPattern.test(error.message);
}

/** Rate-limit and transient failures are worth another attempt; the rest are not. */
export function isRetryable(error: BoardError): boolean {
  return error.code === 'rate-limit' || error.code === 'transient';
}
