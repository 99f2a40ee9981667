import type { Json } from '@mirohq/websdk-types';
import { z } from 'zod';
import {
  type BoardPlan,
  type GeneratedBoard,
  type GeneratedSessionRecord,
  generatedBoardSchema,
  planVoteZones,
  planZoneMinutes,
  planZonePersonal,
  planZoneTitles,
} from '../../../shared/index.ts';
import type { BoardPort } from './board-port.ts';
import { type CallContext, callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import { type ExpectedItems, expectedItemsSchema } from './expected-items.ts';

/**
 * Where Netverk keeps its records ON the board, for every facilitator and after a reload: one storage
 * value (`board.storage`, no documented size limit) holding each generated board's record (zone titles
 * included) and the ids, roles and zone ids of the items it created. It is the ONE source of item
 * membership: no item carries metadata of its own (a call per item, never read back).
 */
export const recordCollection = 'netverk';
export const recordKey = 'boards';

/** The record of a generated board, as kept on the board, zone titles and minutes tags included. */
export function recordOf(
  plan: BoardPlan,
  id: string,
  frameId: string,
  now: () => Date,
  session?: GeneratedSessionRecord,
): GeneratedBoard {
  const { templateId, templateVersion, locale } = plan;
  const zoneTitles = planZoneTitles(plan);
  const zoneMinutes = planZoneMinutes(plan);
  const voteZones = planVoteZones(plan);
  return {
    id,
    templateId,
    templateVersion,
    locale,
    title: plan.title.slice(0, 500),
    frameId,
    createdAt: now().toISOString(),
    ...(Object.keys(zoneTitles).length > 0 ? { zoneTitles } : {}),
    ...(Object.keys(zoneMinutes).length > 0 ? { zoneMinutes } : {}),
    ...(voteZones.length > 0 ? { voteZones } : {}),
    ...personalOf(plan),
    ...(session ? { session } : {}),
  };
}

/** The personal fields of a plan, for the record: absent when the plan has none. */
function personalOf(plan: BoardPlan): Pick<GeneratedBoard, 'zonePersonal'> {
  const zonePersonal = planZonePersonal(plan);
  return Object.keys(zonePersonal).length > 0 ? { zonePersonal } : {};
}

/** A created item: Miro id, role in the plan (`connector` for connectors), zone id on zone shapes. */
export type StoredItemRef = [id: string, role: string] | [id: string, role: string, zoneId: string];

export type StoredBoard = {
  record: GeneratedBoard;
  items: StoredItemRef[];
  /** False while it is being made, and when a failed rollback left these items behind: removal finishes the job. */
  complete: boolean;
  /** While it is being made: what it is about to create, so the removal finds what `items` lacks yet. */
  expected?: ExpectedItems;
};

const storedBoardSchema = z.object({
  record: generatedBoardSchema,
  items: z.array(z.union([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string(), z.string()])])),
  complete: z.boolean(),
  // A broken list costs only the search for unlisted items, never the record.
  expected: expectedItemsSchema.optional().catch(undefined),
});
const envelopeSchema = z.object({ v: z.literal(1), boards: z.array(z.unknown()) });

/** Tolerant restore: an unreadable envelope is no boards, a malformed entry is dropped. */
export function restoreStoredBoards(value: unknown): StoredBoard[] {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return [];
  return envelope.data.boards.flatMap((entry) => {
    const parsed = storedBoardSchema.safeParse(entry);
    return parsed.success ? [parsed.data as StoredBoard] : [];
  });
}

/** One read call. */
export async function readStoredBoards(ctx: CallContext, board: BoardPort): Promise<StoredBoard[]> {
  const collection = board.storage.collection(recordCollection);
  const value = await callBoard(ctx, callCredits.call, () => collection.get(recordKey), true);
  return restoreStoredBoards(value);
}

type Change = (boards: StoredBoard[]) => StoredBoard[];
interface Pending {
  change: Change;
  done(error?: unknown): void;
}
const pendingByBoard = new WeakMap<object, { queue: Pending[]; running: boolean }>();

/** Applies every change queued so far in one read and one write, until none are left. */
async function drain(ctx: CallContext, board: BoardPort, state: { queue: Pending[]; running: boolean }) {
  state.running = true;
  // The write serves every waiting caller: one caller's cancel must not fail the others'.
  const shared = { ...ctx, signal: undefined };
  while (state.queue.length > 0) {
    const batch = state.queue.splice(0);
    try {
      const boards = batch.reduce(
        (current, pending) => pending.change(current),
        await readStoredBoards(shared, board),
      );
      // Optional fields are absent, never `undefined` (exactOptionalPropertyTypes): this is JSON.
      const value = { v: 1, boards } as unknown as Json;
      const collection = board.storage.collection(recordCollection);
      await callBoard(shared, callCredits.call, () => collection.set(recordKey, value), true);
      for (const pending of batch) pending.done();
    } catch (error) {
      for (const pending of batch) pending.done(error);
    }
  }
  state.running = false;
}

/**
 * Read, change, write, serialised per board inside this app so a pack generated in parallel keeps
 * every record; changes queued meanwhile share the next read and write. Two facilitators writing in
 * the same instant can still lose one (the storage has no compare-and-set).
 */
export function updateStoredBoards(ctx: CallContext, board: BoardPort, change: Change): Promise<void> {
  const state = pendingByBoard.get(board) ?? { queue: [], running: false };
  pendingByBoard.set(board, state);
  return new Promise((resolve, reject) => {
    state.queue.push({ change, done: (error) => (error === undefined ? resolve() : reject(error)) });
    if (!state.running) void drain(ctx, board, state);
  });
}

export function saveStoredBoard(ctx: CallContext, board: BoardPort, entry: StoredBoard): Promise<void> {
  return updateStoredBoards(ctx, board, (boards) => [
    ...boards.filter((other) => other.record.id !== entry.record.id),
    entry,
  ]);
}

export function dropStoredBoard(ctx: CallContext, board: BoardPort, id: string): Promise<void> {
  return updateStoredBoards(ctx, board, (boards) => boards.filter((other) => other.record.id !== id));
}
