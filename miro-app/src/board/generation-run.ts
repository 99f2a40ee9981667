import type { BoardPlan } from '../../../shared/index.ts';
import { type BoardClock, realClock } from './board-clock.ts';
import { BoardError, toBoardError } from './board-error.ts';
import { defaultLaneLimits, type LaneLimits, laneFor } from './board-lane.ts';
import type { BoardPort, PortItem } from './board-port.ts';
import type { StoredItemRef } from './board-records.ts';
import { type CallContext, defaultRetry, type RetryOptions } from './call-board.ts';
import { itemSignature } from './item-signature.ts';

/** The options shared by every operation that writes to the board. */
export interface BoardJobOptions {
  /** Calls in flight at once (default 24). */
  concurrency?: number;
  /** Credit budget per minute (default 100,000: Miro's limit; lower it when other apps share the user's budget). */
  creditsPerMinute?: number;
  retry?: RetryOptions;
  /** Time for the budget and back-off; default real time. */
  clock?: BoardClock;
  /** Told when Miro's rate limit pauses the job (the wait in ms), and with 0 when it goes on. */
  onPause?: (waitMs: number) => void;
}

export function callContextFor(
  board: BoardPort,
  options: BoardJobOptions,
  signal?: AbortSignal,
): CallContext {
  const clock = options.clock ?? realClock;
  const limits: LaneLimits = {
    ...defaultLaneLimits,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? defaultLaneLimits.concurrency)),
    creditsPerMinute: options.creditsPerMinute ?? defaultLaneLimits.creditsPerMinute,
  };
  return {
    lane: laneFor(board, clock),
    limits,
    retry: { ...defaultRetry, ...options.retry },
    signal,
    onPause: options.onPause,
  };
}

/** One generation in progress: what it created (for rollback), its first failure, its progress. */
export interface GenerationRun {
  /** Id of the generated board: in every item's metadata and in the record. */
  readonly boardId: string;
  readonly board: BoardPort;
  readonly ctx: CallContext;
  /** For create calls: notes a failed attempt, which may have created a twin (see `removeTwins`). */
  readonly createCtx: CallContext;
  readonly createFailed: boolean;
  /** Every item created so far, frames included, in creation order, with its signature as created. */
  readonly created: { item: PortItem; ref: StoredItemRef; signature: string }[];
  readonly error: BoardError | undefined;
  /** Records the first failure and stops every call not yet started. */
  fail(raw: unknown): void;
  track(item: PortItem, role: string, zoneId?: string): void;
  /** One more plan item (or connector) is complete. */
  step(): void;
  refs(): StoredItemRef[];
  dispose(): void;
}

export function startRun(
  boardId: string,
  board: BoardPort,
  plan: BoardPlan,
  options: BoardJobOptions & { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): GenerationRun {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const total = plan.items.length + plan.connectors.length;
  let done = 0;
  let error: BoardError | undefined;
  const created: GenerationRun['created'] = [];
  let createFailed = false;
  const ctx = callContextFor(board, options, controller.signal);
  options.onProgress?.(0, total);
  return {
    boardId,
    board,
    ctx,
    createCtx: {
      ...ctx,
      onFailure: () => {
        createFailed = true;
      },
    },
    get createFailed() {
      return createFailed;
    },
    created,
    get error() {
      return error;
    },
    fail(raw) {
      // The user's cancel wins over the failures it causes; otherwise the first failure is the cause.
      const failure = options.signal?.aborted
        ? new BoardError('cancelled', 'The generation was cancelled')
        : toBoardError(raw);
      if (!error || (failure.code === 'cancelled' && error.code !== 'cancelled' && options.signal?.aborted))
        error = failure;
      controller.abort();
    },
    track(item, role, zoneId) {
      const ref: StoredItemRef = zoneId === undefined ? [item.id, role] : [item.id, role, zoneId];
      created.push({ item, ref, signature: itemSignature(item) });
    },
    step() {
      done += 1;
      options.onProgress?.(done, total);
    },
    refs: () => created.map((entry) => entry.ref),
    dispose: () => options.signal?.removeEventListener('abort', onAbort),
  };
}
