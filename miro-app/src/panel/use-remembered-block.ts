import { useCallback, useState } from 'react';

const keyFor = (boardId: string) => `netverk.run.block.${boardId}`;

function read(boardId: string | undefined): number {
  if (!boardId) return 0;
  try {
    const value = Number(globalThis.localStorage?.getItem(keyFor(boardId)));
    return Number.isInteger(value) && value >= 0 ? value : 0;
  } catch {
    return 0;
  }
}

/**
 * The Run view's current block for one session board, kept in the panel's storage so a reload (or
 * reopening the panel) comes back to the block the room is in. Storage refused: it lives in memory.
 */
export function useRememberedBlock(boardId: string | undefined): [number, (index: number) => void] {
  const [state, setState] = useState(() => ({ boardId, index: read(boardId) }));
  const current = state.boardId === boardId ? state.index : read(boardId);
  if (state.boardId !== boardId) setState({ boardId, index: current });
  const set = useCallback(
    (index: number) => {
      setState({ boardId, index });
      if (!boardId) return;
      try {
        globalThis.localStorage?.setItem(keyFor(boardId), String(index));
      } catch {
        // Private mode or a full store: the block is remembered only while the panel is open.
      }
    },
    [boardId],
  );
  return [current, set];
}
