import {
  type BoardReading,
  type HarvestError,
  type HarvestResult,
  harvestReading,
  type Locale,
  maxBoardFileChars,
  parseBoardFileText,
} from '../../../shared/index.ts';

export type HarvestFileOutcome =
  | { ok: true; result: HarvestResult; reading: BoardReading; count: number }
  | { ok: false; error: HarvestError };

/** The files a board can be harvested from, for a file input's `accept`: Excalidraw, Nextcloud Whiteboard, a board reading. */
export const harvestFileTypes =
  '.excalidraw,.whiteboard,.json,application/json,application/vnd.excalidraw+json';

/**
 * A saved board file (Excalidraw, Nextcloud Whiteboard or a board reading) read in the browser, told
 * apart by content and harvested as a Miro board is; a file far too large is refused unread.
 */
export async function readHarvestFile(file: Blob, locale: Locale): Promise<HarvestFileOutcome> {
  // At most 4 bytes a character: a longer file is read only far enough to be refused as too large.
  const decoded = parseBoardFileText(await file.slice(0, maxBoardFileChars * 4 + 1).text(), locale);
  if (!decoded.ok) return decoded;
  const outcome = harvestReading(decoded.reading);
  if (!outcome.ok) return outcome;
  const count = outcome.result.boards.reduce(
    (sum, board) => sum + board.zones.reduce((n, zone) => n + zone.notes.length, 0),
    outcome.result.unplaced.length,
  );
  return { ok: true, result: outcome.result, reading: decoded.reading, count };
}
