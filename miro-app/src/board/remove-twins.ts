import type { BoardPort, PortItemType } from './board-port.ts';
import type { StoredItemRef } from './board-records.ts';
import { callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';
import type { GenerationRun } from './generation-run.ts';
import { itemSignature } from './item-signature.ts';
import { removeItems } from './remove-items.ts';

/**
 * A create call can fail after Miro made the item (the answer got lost); its retry then makes a
 * twin. After a run whose creates failed, one `get` finds items that are not ours (not in the run's
 * list, the same list the board record keeps), lie at top level and match one of ours exactly as
 * created, and removes them: no item metadata is needed. Returns how many.
 */
export async function removeTwins(run: Pick<GenerationRun, 'board' | 'ctx' | 'created'>): Promise<number> {
  const ours = new Set(run.created.map((entry) => entry.item.id));
  const wanted = new Set(run.created.map((entry) => entry.signature));
  const types = [...new Set(run.created.map((entry) => entry.item.type))] as PortItemType[];
  const board: BoardPort = run.board;
  const items = await callBoard(run.ctx, callCredits.get, () => board.get({ type: types }));
  const twins: StoredItemRef[] = items
    .filter((item) => !ours.has(item.id) && !item.parentId && wanted.has(itemSignature(item)))
    .map((item) => [item.id, item.type === 'connector' || item.type === 'frame' ? item.type : 'twin']);
  await removeItems(run.ctx, board, twins);
  return twins.length;
}
