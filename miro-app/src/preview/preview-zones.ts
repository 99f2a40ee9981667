import { type Locale, miroHtmlToText, textToMiroHtml } from '../../../shared/index.ts';
import { recordCollection, recordKey, restoreStoredBoards } from '../board/board-records.ts';
import type { Box, ItemData, StandInBoard } from '../board/stand-in/index.ts';

/** A zone of a generated board, where participants put their notes. */
export interface PreviewZone {
  /** The zone shape's item id. */
  id: string;
  zoneId: string;
  /** The template the board was made from, and the board's language. */
  templateId: string;
  locale: Locale;
  title: string;
  box: Box;
  /** The frame the zone lies in. */
  parentId: string | null;
}

/** Every zone of every generated board, read from Netverk's records on the stand-in (free, no calls). */
export function previewZones(standIn: StandInBoard): PreviewZone[] {
  const { inspect } = standIn;
  const boards = restoreStoredBoards(inspect.storage(recordCollection)[recordKey]);
  return boards.flatMap(({ record, items }) =>
    items.flatMap(([id, role, zoneId]) => {
      const item = role === 'zone' && zoneId !== undefined ? inspect.item(id) : undefined;
      if (!item || zoneId === undefined) return [];
      const title = zoneTitle(item) || zoneId;
      const box = inspect.absoluteBox(id);
      const { templateId, locale } = record;
      return [{ id, zoneId, templateId, locale, title, box, parentId: item.parentId ?? null }];
    }),
  );
}

function zoneTitle(item: ItemData): string {
  const text = miroHtmlToText(typeof item.content === 'string' ? item.content : '');
  return text.split('\n')[0]?.trim() ?? '';
}

/** A participant's sticky: narrower than Miro's default so a few fit side by side in a zone. */
const note = { maxWidth: 140, minWidth: 60, gap: 10, aspect: 228 / 199 } as const;

function centreInside(box: Box, item: ItemData, standIn: StandInBoard): boolean {
  const b = standIn.inspect.absoluteBox(item.id);
  const x = b.left + b.width / 2;
  const y = b.top + b.height / 2;
  return x > box.left && x < box.left + box.width && y > box.top && y < box.top + box.height;
}

/** The centre and width of the next note in `zone`: left to right, row by row, below the zone's title. */
export function nextNoteSlot(
  standIn: StandInBoard,
  zone: PreviewZone,
): { x: number; y: number; width: number } {
  const { box } = zone;
  const pad = Math.min(16, box.width / 10);
  const width = Math.max(note.minWidth, Math.min(note.maxWidth, (box.width - 2 * pad - 2 * note.gap) / 3));
  const height = width * note.aspect;
  const top = box.top + Math.min(70, box.height * 0.3);
  const columns = Math.max(1, Math.floor((box.width - 2 * pad + note.gap) / (width + note.gap)));
  const rows = Math.max(1, Math.floor((box.top + box.height - pad - top + note.gap) / (height + note.gap)));
  const count = standIn.inspect
    .items()
    .filter((item) => item.type === 'sticky_note' && centreInside(box, item, standIn)).length;
  const slot = count % (columns * rows);
  // A full zone stacks the next round slightly offset, as people do on a real board.
  const shift = Math.floor(count / (columns * rows)) * 12;
  const x = box.left + pad + (slot % columns) * (width + note.gap) + width / 2 + shift;
  const y = top + Math.floor(slot / columns) * (height + note.gap) + height / 2 + shift;
  return {
    x: Math.min(x, box.left + box.width - 2),
    y: Math.min(y, box.top + box.height - 2),
    width,
  };
}

/**
 * Puts a participant's note in the zone, as a real sticky on the stand-in (same checks as the SDK, but
 * no credits, latency or faults: participants' writes are not the app's). Throws when the board refuses it.
 */
export function addNoteToZone(standIn: StandInBoard, zone: PreviewZone, text: string): ItemData {
  const slot = nextNoteSlot(standIn, zone);
  return standIn.inspect.seed(
    'sticky_note',
    { content: textToMiroHtml(text), ...slot, style: { fillColor: 'light_yellow' } },
    zone.parentId ? { parentId: zone.parentId } : {},
  );
}
