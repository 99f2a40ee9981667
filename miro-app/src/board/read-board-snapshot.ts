import type { BoardReading, GeneratedBoard } from '../../../shared/index.ts';
import type { BoardPort, PortItemType } from './board-port.ts';
import { readStoredBoards } from './board-records.ts';
import { callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import { decodeMiroBoard, type MiroBoardRead } from './decode-miro-board.ts';
import { type BoardJobOptions, callContextFor } from './generation-run.ts';
import type { MiroItem } from './miro-item.ts';

/** What the harvest reads; connectors have no position of their own, so they stay out. */
export const readingItemTypes: readonly PortItemType[] = ['frame', 'shape', 'text', 'sticky_note'];

/**
 * Miro's view of the board in TWO calls however many notes it holds: one `get` of the item types and
 * one read of the board records, which list every generated item with its role and zone (no call per
 * item, no item metadata).
 */
export async function readMiroBoard(board: BoardPort, options: BoardJobOptions = {}): Promise<MiroBoardRead> {
  const ctx = callContextFor(board, options);
  const [items, boards] = await Promise.all([
    callBoard(ctx, callCredits.get, () => board.get({ type: [...readingItemTypes] })),
    readStoredBoards(ctx, board),
  ]);
  // Only the item types above: none is a connector, so each has a position.
  return { items: items as MiroItem[], boards };
}

/**
 * Reads the board as the core's board reading (two calls, see `readMiroBoard`): Miro's coordinates
 * and HTML are decoded here, in the adapter, never in the core.
 */
export async function readBoardSnapshot(
  board: BoardPort,
  options: BoardJobOptions = {},
): Promise<BoardReading> {
  return decodeMiroBoard(await readMiroBoard(board, options));
}

/** The generated boards recorded on this board, in the order they were made: one call. */
export async function listGeneratedBoards(
  board: BoardPort,
  options: BoardJobOptions = {},
): Promise<GeneratedBoard[]> {
  const stored = await readStoredBoards(callContextFor(board, options), board);
  return stored.map((entry) => entry.record);
}
