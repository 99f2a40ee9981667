import type { BoardReading, GeneratedBoard } from '../../../shared/index.ts';
import { BoardError } from './board-error.ts';
import type { BoardPort, PortItem, PortItemType } from './board-port.ts';
import { type ItemMetaValue, itemMetaFor, readStoredBoards, type StoredBoard } from './board-records.ts';
import { callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import { decodeMiroSnapshot } from './decode-miro-snapshot.ts';
import { type BoardJobOptions, callContextFor } from './generation-run.ts';
import {
  type BoardSnapshot,
  boardSnapshotVersion,
  netverkMetaKey,
  type SnapshotItem,
} from './miro-snapshot.ts';

/** What the harvest reads; connectors have no position of their own, so they stay out. */
export const snapshotItemTypes: readonly PortItemType[] = ['frame', 'shape', 'text', 'sticky_note'];

function metaByItem(stored: readonly StoredBoard[]): Map<string, ItemMetaValue> {
  const metas = new Map<string, ItemMetaValue>();
  for (const { record, items } of stored)
    for (const [id, role, zoneId] of items)
      metas.set(id, itemMetaFor(record.id, record.templateId, role, zoneId));
  return metas;
}

/** The item as Miro serialises it (fields only, no methods), plus Netverk's metadata when generated. */
function toSnapshotItem(item: PortItem, meta: ItemMetaValue | undefined): SnapshotItem {
  const json = JSON.parse(JSON.stringify(item)) as SnapshotItem;
  return meta ? { ...json, metadata: { [netverkMetaKey]: meta } } : json;
}

/**
 * Miro's view of the board in TWO calls however many notes it holds: one `get` of the item types,
 * one read of the board records, which list every generated item with its role and zone (no call
 * per item); each generated item gets that entry as its Netverk metadata.
 */
export async function readMiroSnapshot(
  board: BoardPort,
  options: BoardJobOptions = {},
): Promise<BoardSnapshot> {
  const ctx = callContextFor(board, options);
  const [items, stored] = await Promise.all([
    callBoard(ctx, callCredits.get, () => board.get({ type: [...snapshotItemTypes] })),
    readStoredBoards(ctx, board),
  ]);
  const metas = metaByItem(stored);
  return {
    snapshotVersion: boardSnapshotVersion,
    items: items.map((item) => toSnapshotItem(item, metas.get(item.id))),
    boards: stored.map((entry) => entry.record),
  };
}

/**
 * Reads the board as the core's board reading (two calls, see `readMiroSnapshot`): Miro's
 * coordinates and HTML are decoded here, in the adapter, never in the core.
 */
export async function readBoardSnapshot(
  board: BoardPort,
  options: BoardJobOptions = {},
): Promise<BoardReading> {
  const decoded = decodeMiroSnapshot(await readMiroSnapshot(board, options));
  // The envelope is ours, so only a broken SDK answer gets here.
  if (!decoded.ok) throw new BoardError('permanent', `The board could not be read: ${decoded.error.message}`);
  return decoded.reading;
}

/** The generated boards recorded on this board, in the order they were made: one call. */
export async function listGeneratedBoards(
  board: BoardPort,
  options: BoardJobOptions = {},
): Promise<GeneratedBoard[]> {
  const stored = await readStoredBoards(callContextFor(board, options), board);
  return stored.map((entry) => entry.record);
}
