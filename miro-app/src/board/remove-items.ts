import { type BoardError, toBoardError } from './board-error.ts';
import type { BoardPort, PortItem, PortItemType } from './board-port.ts';
import type { StoredItemRef } from './board-records.ts';
import { type CallContext, callBoard } from './call-board.ts';
import { callCredits } from './credit-ledger.ts';

// Someone removed the item already: for a removal, that is success.
const goneAlready = /not found|does not exist|no item/i;

/** Every item type Netverk creates: what a search for its items reads. */
export const generatedTypes: PortItemType[] = ['frame', 'shape', 'text', 'sticky_note', 'connector'];

/** An item found on the board (not by its listed id) as a record entry: the role decides only the order of removal. */
export function foundRef(item: PortItem): StoredItemRef {
  return [item.id, item.type === 'frame' || item.type === 'connector' ? item.type : 'found'];
}

const phaseOf = (ref: StoredItemRef) => (ref[1] === 'connector' ? 0 : ref[1] === 'frame' ? 2 : 1);

export interface RemovalOutcome {
  /** The refs that could not be removed. */
  left: StoredItemRef[];
  firstError: BoardError | undefined;
}

/**
 * Removes items in three waves: connectors, then frames' children, then frames (so no removal depends
 * on what Miro does to a frame's children).
 */
export async function removeItems(
  ctx: CallContext,
  board: BoardPort,
  refs: readonly StoredItemRef[],
): Promise<RemovalOutcome> {
  const left: StoredItemRef[] = [];
  let firstError: BoardError | undefined;
  for (const phase of [0, 1, 2]) {
    const wave = refs.filter((ref) => phaseOf(ref) === phase);
    const results = await Promise.allSettled(
      wave.map((ref) => callBoard(ctx, callCredits.call, () => board.remove({ id: ref[0] }))),
    );
    results.forEach((result, i) => {
      const ref = wave[i];
      if (!ref || result.status === 'fulfilled') return;
      const error = toBoardError(result.reason);
      if (goneAlready.test(error.message)) return;
      left.push(ref);
      firstError ??= error;
    });
  }
  return { left, firstError };
}
