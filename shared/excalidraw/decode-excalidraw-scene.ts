import { type BoardReading, boardReadingVersion, type ReadingItem } from '../harvest/board-reading.ts';
import { type GeneratedBoard, generatedBoardSchema } from '../harvest/generated-board.ts';
import type { HarvestError, SkippedItem } from '../harvest/harvest-result.ts';
import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { stickyColorHex, stickyColors } from '../templates/sticky-colors.ts';
import { type ExcalidrawMessage, excalidrawMessages } from './excalidraw-messages.ts';

export type ExcalidrawDecodeOutcome =
  | { ok: true; reading: BoardReading }
  | { ok: false; error: HarvestError };

/** As many elements as a board reading may hold. */
export const maxExcalidrawElements = 200_000;

type Raw = Record<string, unknown>;

/** An element that passed the checks: what the reading needs of it. */
interface Element {
  index: number;
  raw: Raw;
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const stringOr = (value: unknown): string => (typeof value === 'string' ? value : '');
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Element types that hold text bound to them, and how the reading names their shape (Miro's names). */
const containerShapes: Readonly<Record<string, (raw: Raw) => string>> = {
  rectangle: (raw) => (raw.roundness ? 'round_rectangle' : 'rectangle'),
  ellipse: () => 'circle',
  diamond: () => 'rhombus',
};

const colourNames = new Map<string, string>(stickyColors.map((name) => [stickyColorHex[name], name]));

/** Netverk's own record on an element: board, template, role and zone, when well-formed and not a copy. */
interface Ours {
  boardId: string;
  templateId: string;
  role: string;
  zoneId?: string;
  text?: string;
  shown?: string;
  board?: unknown;
}

function oursOf(element: Element): Ours | undefined {
  const data = element.raw.customData;
  if (!isObject(data) || data.netverk !== 1) return undefined;
  const { boardId, templateId, role, zoneId } = data;
  if (!isNonEmptyString(boardId) || boardId.length > 40) return undefined;
  if (!isNonEmptyString(templateId) || templateId.length > 64) return undefined;
  if (!isNonEmptyString(role) || role.length > 16) return undefined;
  // A participant's copy (Ctrl+D, copy and paste) keeps the customData but gets a new id: it is theirs.
  if (data.elementId !== element.id) return undefined;
  const ours: Ours = { boardId, templateId, role };
  if (isNonEmptyString(zoneId) && zoneId.length <= 80) ours.zoneId = zoneId;
  if (typeof data.text === 'string') ours.text = data.text;
  if (typeof data.shown === 'string') ours.shown = data.shown;
  if ('board' in data) ours.board = data.board;
  return ours;
}

/** The element's text as typed: Excalidraw keeps it in `originalText`, wrapped lines in `text`. */
function typedText(raw: Raw): string {
  if (typeof raw.originalText === 'string' && raw.originalText !== '') return raw.originalText;
  return typeof raw.text === 'string' ? raw.text : '';
}

/** A text element's text: ours as the plan had it unless someone edited it, anyone else's as typed. */
function textOf(text: Element | undefined): string {
  if (!text) return '';
  const typed = typedText(text.raw);
  const ours = oursOf(text);
  return ours?.shown !== undefined && ours.text !== undefined && typed === ours.shown ? ours.text : typed;
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The element's box, or why it has none; a negative width or height flips the box as Excalidraw does. */
function checkElement(raw: unknown, index: number, t: Translate<ExcalidrawMessage>): Element | string {
  if (!isObject(raw)) return `$: ${t('skipNotObject')}`;
  if (!isNonEmptyString(raw.id)) return `$.id: ${t('skipNoId')}`;
  if (!isNonEmptyString(raw.type)) return `$.type: ${t('skipNoType')}`;
  const box: Record<'x' | 'y' | 'width' | 'height', number> = { x: 0, y: 0, width: 0, height: 0 };
  for (const field of ['x', 'y', 'width', 'height'] as const) {
    const value = finiteNumber(raw[field]);
    if (value === undefined) return `$.${field}: ${t('skipNotNumber')}`;
    box[field] = value;
  }
  const x = box.width < 0 ? box.x + box.width : box.x;
  const y = box.height < 0 ? box.y + box.height : box.y;
  return {
    index,
    raw,
    id: raw.id,
    type: raw.type,
    x,
    y,
    width: Math.abs(box.width),
    height: Math.abs(box.height),
  };
}

function colorOf(raw: Raw): string | undefined {
  const fill = raw.backgroundColor;
  if (typeof fill !== 'string' || fill === '' || fill === 'transparent') return undefined;
  return colourNames.get(fill.toLowerCase()) ?? fill;
}

/** Kind in the reading of an element of ours: what the Miro board calls it. */
function ourKind(element: Element, role: string): string {
  if (element.type === 'frame') return 'frame';
  if (element.type === 'text') return 'text';
  if (element.type in containerShapes) return role === 'seed' || role === 'note' ? 'sticky' : 'shape';
  return element.type;
}

/**
 * A participant's element: a rectangle, ellipse or diamond with text, or free text, is a note (a
 * sticky); a shape without text stays a shape (a small circle is a dot); anything else keeps its type.
 */
function theirKind(element: Element, text: string): { kind: string; shape?: string } {
  const shape = containerShapes[element.type]?.(element.raw);
  if (element.type === 'text') return { kind: 'sticky' };
  if (shape !== undefined) return text.trim() === '' ? { kind: 'shape', shape } : { kind: 'sticky', shape };
  return { kind: element.type };
}

function readingItem(element: Element, bound: Element | undefined): { item: ReadingItem; board?: unknown } {
  const ours = oursOf(element);
  const text =
    element.type === 'frame' ? stringOr(element.raw.name) : textOf(element.type === 'text' ? element : bound);
  const color = colorOf(element.raw);
  const base = {
    id: element.id,
    x: element.x,
    y: element.y,
    width: element.width,
    height: element.height,
    text,
  };
  if (ours) {
    const item: ReadingItem = {
      ...base,
      kind: ourKind(element, ours.role),
      ...(color !== undefined ? { color } : {}),
      boardId: ours.boardId,
      templateId: ours.templateId,
      role: ours.role,
      ...(ours.zoneId !== undefined ? { zoneId: ours.zoneId } : {}),
    };
    return ours.board === undefined ? { item } : { item, board: ours.board };
  }
  const { kind, shape } = theirKind(element, text);
  return {
    item: {
      ...base,
      kind,
      ...(color !== undefined ? { color } : {}),
      ...(shape !== undefined ? { shape } : {}),
    },
  };
}

function envelopeError(value: unknown, t: Translate<ExcalidrawMessage>): HarvestError | undefined {
  if (!isObject(value)) return { path: '$', message: t('notObject') };
  const { type, elements } = value;
  // Nextcloud Whiteboard may save without the header (type, version, source): the elements suffice.
  if (type !== undefined && type !== 'excalidraw' && type !== 'excalidraw/clipboard')
    return {
      path: '$.type',
      message: t('wrongType', { type: typeof type === 'string' ? type.slice(0, 40) : typeof type }),
    };
  if (!Array.isArray(elements)) return { path: '$.elements', message: t('noElements') };
  if (elements.length > maxExcalidrawElements)
    return {
      path: '$.elements',
      message: t('tooManyElements', { count: elements.length, max: maxExcalidrawElements }),
    };
  return undefined;
}

function boardsOf(records: readonly unknown[]): GeneratedBoard[] {
  const boards = new Map<string, GeneratedBoard>();
  for (const raw of records) {
    const parsed = generatedBoardSchema.safeParse(raw);
    if (parsed.success && !boards.has(parsed.data.id)) boards.set(parsed.data.id, parsed.data);
  }
  return [...boards.values()];
}

/**
 * Reads an Excalidraw scene (`.excalidraw`) or a Nextcloud Whiteboard file (`.whiteboard`, with or
 * without the type and version header) into the core's board reading, which `harvestReading` turns
 * into notes per zone as it does a Miro board. Netverk's own elements (known by their `customData`)
 * become frames, zones and labels with the board's record; what participants added — rectangles,
 * ellipses and diamonds with text, free text — becomes notes, a small circle without text a dot.
 * Deleted elements are ignored; a malformed element is skipped with its index and reason; only a file
 * that is no drawing at all is an error, named in the user's language.
 */
export function decodeExcalidrawScene(value: unknown, locale: Locale): ExcalidrawDecodeOutcome {
  const t = createTranslator(excalidrawMessages, locale);
  const error = envelopeError(value, t);
  if (error) return { ok: false, error };
  const rawElements = (value as { elements: unknown[] }).elements;
  const skipped: SkippedItem[] = [];
  const elements: Element[] = [];
  const byId = new Map<string, Element>();
  rawElements.forEach((raw, index) => {
    if (isObject(raw) && raw.isDeleted === true) return;
    const element = checkElement(raw, index, t);
    if (typeof element === 'string') skipped.push({ index, reason: element });
    else if (byId.has(element.id))
      skipped.push({ index, reason: `$.id: ${t('skipDuplicateId', { id: element.id.slice(0, 80) })}` });
    else {
      byId.set(element.id, element);
      elements.push(element);
    }
  });
  // Bound text belongs to its container; text whose container is gone is free text.
  const boundText = new Map<string, Element>();
  for (const element of elements) {
    const container = element.type === 'text' ? byId.get(stringOr(element.raw.containerId)) : undefined;
    if (container && !boundText.has(container.id)) boundText.set(container.id, element);
  }
  const items: ReadingItem[] = [];
  const records: unknown[] = [];
  for (const element of elements) {
    const container = element.type === 'text' ? byId.get(stringOr(element.raw.containerId)) : undefined;
    if (container && boundText.get(container.id) === element) continue;
    const { item, board } = readingItem(element, boundText.get(element.id));
    items.push(item);
    if (board !== undefined) records.push(board);
  }
  return {
    ok: true,
    reading: {
      readingVersion: boardReadingVersion,
      items,
      boards: boardsOf(records),
      ...(skipped.length > 0 ? { skipped } : {}),
    },
  };
}
