import {
  type BoardReading,
  boardReadingVersion,
  type ReadingItem,
  type SkippedItem,
} from '../../../shared/index.ts';
import type { StoredBoard } from './board-records.ts';
import { miroHtmlToText } from './miro-html-to-text.ts';
import type { MiroItem } from './miro-item.ts';
import { createRectResolver, type Rect } from './resolve-absolute-rect.ts';

/** What the adapter read off a board: Miro's items and the board records (each validated once, when read). */
export interface MiroBoardRead {
  items: readonly MiroItem[];
  boards: readonly StoredBoard[];
}

/** Miro's item types as the core's kinds; other types pass under their own name. */
const kinds: Readonly<Record<string, string>> = {
  sticky_note: 'sticky',
  frame: 'frame',
  shape: 'shape',
  text: 'text',
};

type Member = Pick<ReadingItem, 'boardId' | 'templateId' | 'role' | 'zoneId'>;

/** Each generated item's board, template, role and zone, from the records that list it. */
function membership(boards: readonly StoredBoard[]): Map<string, Member> {
  const members = new Map<string, Member>();
  for (const { record, items } of boards)
    for (const [id, role, zoneId] of items)
      members.set(id, {
        boardId: record.id,
        templateId: record.templateId,
        role,
        ...(zoneId === undefined ? {} : { zoneId }),
      });
  return members;
}

const isSize = (value: unknown) => value === undefined || (Number.isFinite(value) && (value as number) >= 0);

/** Why Miro's answer for an item cannot be read, or undefined: the SDK's types are not checked at run time. */
function problemOf(item: MiroItem): string | undefined {
  if (typeof item.id !== 'string' || item.id === '') return '$.id: not an id';
  if (!Number.isFinite(item.x) || !Number.isFinite(item.y)) return '$.x: not a position';
  if (!isSize(item.width) || !isSize(item.height)) return '$.width: not a size';
  return undefined;
}

function readingItem(item: MiroItem, rect: Rect, member: Member | undefined): ReadingItem {
  const text = item.type === 'frame' ? (item.title ?? '') : miroHtmlToText(item.content ?? '');
  const color = item.style?.fillColor;
  // The shape's name lets the core tell a dot (a dot vote) from a zone or a label.
  const shape = item.type === 'shape' && typeof item.shape === 'string' ? item.shape : undefined;
  return {
    id: item.id,
    kind: kinds[item.type] ?? item.type,
    x: rect.left,
    y: rect.top,
    width: rect.width,
    height: rect.height,
    text,
    ...(typeof color === 'string' ? { color } : {}),
    ...(shape !== undefined ? { shape } : {}),
    ...member,
  };
}

/**
 * Decodes what was read off a Miro board into the core's board reading: centre and frame-relative
 * coordinates become absolute top-left rectangles, content HTML the text as typed, and each generated
 * item gets its board, role and zone from the record that lists it. An item Miro answered oddly is
 * skipped with its index and reason; a second item with the same id too.
 */
export function decodeMiroBoard({ items, boards }: MiroBoardRead): BoardReading {
  const skipped: SkippedItem[] = [];
  const valid: { index: number; item: MiroItem }[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const problem = problemOf(item);
    if (problem) skipped.push({ index, reason: problem });
    else if (seen.has(item.id)) skipped.push({ index, reason: `$.id: duplicate id ${item.id}` });
    else {
      seen.add(item.id);
      valid.push({ index, item });
    }
  });
  const members = membership(boards);
  const resolve = createRectResolver(new Map(valid.map(({ item }) => [item.id, item])));
  const decoded: ReadingItem[] = [];
  for (const { index, item } of valid) {
    const rect = resolve(item);
    if (typeof rect === 'string') skipped.push({ index, reason: rect });
    else decoded.push(readingItem(item, rect, members.get(item.id)));
  }
  skipped.sort((a, b) => a.index - b.index);
  return {
    readingVersion: boardReadingVersion,
    items: decoded,
    boards: boards.map((entry) => entry.record),
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}
