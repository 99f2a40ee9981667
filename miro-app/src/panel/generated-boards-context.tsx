import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { GeneratedBoard } from '../../../shared/index.ts';
import { listGeneratedBoards } from '../board/index.ts';
import { useBoardPort } from './board-port-context.tsx';

export interface GeneratedBoards {
  /** Newest first. */
  boards: readonly GeneratedBoard[];
  loaded: boolean;
  failed: boolean;
  refresh: () => Promise<void>;
}

const GeneratedBoardsContext = createContext<GeneratedBoards | null>(null);

/** The generated boards on the current board, shared by the tabs; refreshed after each change. */
export function GeneratedBoardsProvider({ children }: { children: ReactNode }) {
  const board = useBoardPort();
  const [state, setState] = useState({
    boards: [] as readonly GeneratedBoard[],
    loaded: false,
    failed: false,
  });
  const refresh = useCallback(async () => {
    try {
      const boards = await listGeneratedBoards(board);
      setState({ boards: newestFirst(boards), loaded: true, failed: false });
    } catch {
      setState((previous) => ({ ...previous, loaded: true, failed: true }));
    }
  }, [board]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ ...state, refresh }), [state, refresh]);
  return <GeneratedBoardsContext value={value}>{children}</GeneratedBoardsContext>;
}

export function useGeneratedBoards(): GeneratedBoards {
  const value = useContext(GeneratedBoardsContext);
  if (!value) throw new Error('useGeneratedBoards needs a GeneratedBoardsProvider above it');
  return value;
}

function newestFirst(boards: readonly GeneratedBoard[]): GeneratedBoard[] {
  return [...boards].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
