/**
 * The Miro app's board layer: the only code that touches `miro.board` (through the port).
 * The panel and the preview import from here (the stand-in from `./stand-in/index.ts`).
 */
export { type BoardClock, createVirtualClock, realClock } from './board-clock.ts';
export {
  BoardError,
  type BoardErrorCode,
  type BoardErrorDetails,
  isPermissionError,
  toBoardError,
} from './board-error.ts';
export { generationConcurrency } from './board-lane.ts';
export type {
  BoardPort,
  ItemFields,
  PortCollection,
  PortConnector,
  PortFrame,
  PortItem,
  PortItemFilter,
  PortItemMethods,
  PortItemsEvent,
  PortItemsHandler,
  PortItemType,
  PortShape,
  PortStickyNote,
  PortText,
} from './board-port.ts';
export {
  recordCollection,
  recordKey,
  type StoredBoard,
  type StoredItemRef,
} from './board-records.ts';
export type { RetryOptions } from './call-board.ts';
export { callCredits, miroCreditWindows } from './credit-ledger.ts';
export { decodeMiroBoard, type MiroBoardRead } from './decode-miro-board.ts';
export { type GenerateOptions, generateBoard } from './generate-board.ts';
export type { BoardJobOptions } from './generation-run.ts';
export { createMiroBoardPort } from './miro-board-port.ts';
export { miroContent } from './miro-content.ts';
export { miroHtmlToText } from './miro-html-to-text.ts';
export type { MiroItem } from './miro-item.ts';
export { miroLimits } from './miro-limits.ts';
export { type Placement, planBounds } from './place-plan.ts';
export {
  listGeneratedBoards,
  readBoardSnapshot,
  readingItemTypes,
  readMiroBoard,
} from './read-board-snapshot.ts';
export { type RemoveOptions, removeGeneratedBoard } from './remove-generated-board.ts';
export { textToMiroHtml } from './text-to-miro-html.ts';
