import { estimateTextBox, type Locale } from '../../../shared/index.ts';
import { recordCollection, recordKey, restoreStoredBoards } from '../board/board-records.ts';
import { textToMiroHtml } from '../board/index.ts';
import { miroHtmlToText } from '../board/miro-html-to-text.ts';
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
  // Titles are texts, and shapes with text (a matrix's column headers).
  const texts = inspect
    .items()
    .filter((item) => item.type === 'text' || item.type === 'shape')
    .map((item) => ({ text: plainText(item), box: inspect.absoluteBox(item.id) }))
    .filter((placed) => placed.text !== '');
  return boards.flatMap(({ record, items }) =>
    items.flatMap(([id, role, zoneId]) => {
      const item = role === 'zone' && zoneId !== undefined ? inspect.item(id) : undefined;
      if (!item || zoneId === undefined) return [];
      const box = inspect.absoluteBox(id);
      const { templateId, locale } = record;
      const title = zoneTitle(box, texts) || zoneId;
      return [{ id, zoneId, templateId, locale, title, box, parentId: item.parentId ?? null }];
    }),
  );
}

interface PlacedText {
  text: string;
  box: Box;
}

function plainText(item: ItemData): string {
  return (
    miroHtmlToText(typeof item.content === 'string' ? item.content : '')
      .split('\n')[0]
      ?.trim() ?? ''
  );
}

const centreX = (box: Box) => box.left + box.width / 2;
const centreY = (box: Box) => box.top + box.height / 2;
const within = (value: number, from: number, length: number) => value > from && value < from + length;

/**
 * The title a person reads for a zone: the topmost text inside it, or (a matrix cell) its row's header
 * to the left and its column's header above.
 */
function zoneTitle(zone: Box, texts: PlacedText[]): string {
  const inside = texts
    .filter(
      (t) => within(centreX(t.box), zone.left, zone.width) && within(centreY(t.box), zone.top, zone.height),
    )
    .sort((a, b) => a.box.top - b.box.top);
  if (inside[0]?.text) return inside[0].text;
  const left = texts
    .filter((t) => within(centreY(t.box), zone.top, zone.height) && t.box.left + t.box.width <= zone.left + 1)
    .sort((a, b) => b.box.left + b.box.width - (a.box.left + a.box.width))[0];
  const above = texts
    .filter((t) => within(centreX(t.box), zone.left, zone.width) && t.box.top + t.box.height <= zone.top + 1)
    .sort((a, b) => b.box.top + b.box.height - (a.box.top + a.box.height))[0];
  return [left?.text, above?.text].filter((text) => text).join(' – ');
}

/** A text's bottom edge as it reads: Miro sizes a text's height from its wrapped content. */
function textBottom(standIn: StandInBoard, item: ItemData): number {
  const box = standIn.inspect.absoluteBox(item.id);
  const text = miroHtmlToText(typeof item.content === 'string' ? item.content : '');
  const fontSize = Number((item.style as { fontSize?: unknown } | undefined)?.fontSize ?? 14) || 14;
  return box.top + Math.max(box.height, estimateTextBox(text, fontSize, box.width).height);
}

/** Where notes may go in a zone: below the texts at its top (its title and prompt). */
function roomTop(standIn: StandInBoard, box: Box): number {
  const bottoms = standIn.inspect
    .items()
    .filter((item) => item.type === 'text')
    .filter((item) => {
      const t = standIn.inspect.absoluteBox(item.id);
      return within(t.left + 1, box.left, box.width) && within(t.top + 1, box.top, box.height);
    })
    .map((item) => textBottom(standIn, item));
  const below = Math.max(box.top + 8, ...bottoms) + 8;
  // A zone whose texts fill it still takes notes, over its lower half.
  return Math.min(below, box.top + box.height / 2);
}

/** A participant's sticky: narrower than Miro's default so a few fit side by side in a zone. */
const note = { maxWidth: 150, minWidth: 60, gap: 10, aspect: 228 / 199 } as const;

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
  const width = Math.max(note.minWidth, Math.min(note.maxWidth, (box.width - 2 * pad - note.gap) / 2));
  const height = width * note.aspect;
  const inZone = standIn.inspect
    .items()
    .filter((item) => item.type === 'sticky_note' && centreInside(box, item, standIn));
  // A seeded sticky (the theme, as Miro sizes it) is wider than a participant's: notes go below it.
  const seeds = inZone.filter((item) => standIn.inspect.absoluteBox(item.id).width > note.maxWidth + 1);
  const below = seeds.map((item) => {
    const b = standIn.inspect.absoluteBox(item.id);
    return b.top + b.height + note.gap;
  });
  const top = Math.max(roomTop(standIn, box), ...below);
  const columns = Math.max(1, Math.floor((box.width - 2 * pad + note.gap) / (width + note.gap)));
  const rows = Math.max(1, Math.floor((box.top + box.height - pad - top + note.gap) / (height + note.gap)));
  const count = inZone.length - seeds.length;
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

/** A dot as participants place one to vote: a small textless circle (the core's `isDotItem`). */
const dot = { size: 40, gap: 8, fill: '#e0245e' } as const;

/**
 * Puts a participant's dot (a dot vote) in the zone: left to right along its bottom edge, rows going up,
 * as a real Miro circle on the stand-in, so Harvest counts it.
 */
export function addDotToZone(standIn: StandInBoard, zone: PreviewZone): ItemData {
  const { box } = zone;
  const step = dot.size + dot.gap;
  const perRow = Math.max(1, Math.floor((box.width - dot.gap) / step));
  const count = standIn.inspect
    .items()
    .filter(
      (item) => item.type === 'shape' && item.shape === 'circle' && centreInside(box, item, standIn),
    ).length;
  const x = box.left + dot.gap + dot.size / 2 + (count % perRow) * step;
  const row = Math.floor(count / perRow);
  const y = Math.max(box.top + dot.size / 2, box.top + box.height - dot.gap - dot.size / 2 - row * step);
  return standIn.inspect.seed(
    'shape',
    {
      shape: 'circle',
      x,
      y,
      width: dot.size,
      height: dot.size,
      style: { fillColor: dot.fill, borderWidth: 0 },
    },
    zone.parentId ? { parentId: zone.parentId } : {},
  );
}
