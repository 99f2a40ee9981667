import { createContext, type ReactNode, useContext } from 'react';
import type { BoardPort } from '../board/index.ts';

const BoardPortContext = createContext<BoardPort | null>(null);

/** Injects the board: `miro.board` inside Miro, the stand-in in the local preview and in tests. */
export function BoardPortProvider({ board, children }: { board: BoardPort; children: ReactNode }) {
  return <BoardPortContext value={board}>{children}</BoardPortContext>;
}

export function useBoardPort(): BoardPort {
  const board = useContext(BoardPortContext);
  if (!board) throw new Error('useBoardPort needs a BoardPortProvider above it');
  return board;
}
