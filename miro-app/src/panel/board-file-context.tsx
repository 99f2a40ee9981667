import { createContext, type ReactNode, useContext } from 'react';
import type { BoardPlan, GeneratedBoard } from '../../../shared/index.ts';

/** A board the panel generated, with the plan it came from: what an Excalidraw download encodes. */
export interface GeneratedPlan {
  plan: BoardPlan;
  record: GeneratedBoard;
}

/**
 * Board-file features a host turns on (the local preview does; inside Miro they are off): hearing of
 * each generated plan, for "Download as Excalidraw", and harvesting a saved board file.
 */
export interface BoardFileFeatures {
  onGenerated(generated: GeneratedPlan): void;
}

const BoardFileContext = createContext<BoardFileFeatures | null>(null);

export function BoardFileProvider({ value, children }: { value: BoardFileFeatures; children: ReactNode }) {
  return <BoardFileContext value={value}>{children}</BoardFileContext>;
}

/** The host's board-file features, or null where there are none (in Miro). */
export function useBoardFiles(): BoardFileFeatures | null {
  return useContext(BoardFileContext);
}
