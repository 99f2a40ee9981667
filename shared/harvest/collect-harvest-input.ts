import type { ReadingItem } from './board-reading.ts';
import type { GeneratedBoard } from './generated-board.ts';
import type { Rect, SkippedItem } from './harvest-result.ts';
import { isDotItem } from './is-dot-item.ts';
import type { RestoredReading } from './restore-board-reading.ts';

export interface ZoneInput {
  boardId: string;
  templateId: string;
  zoneId: string;
  /** The first line of the zone shape's own text; empty when the shape has none. */
  title: string;
  rect: Rect;
}

export interface NoteInput {
  id: string;
  text: string;
  color: string | undefined;
  rect: Rect;
}

export interface FrameInput {
  templateId: string;
  title: string;
  rect: Rect;
}

/** Any generated frame: a session board has one per block, found again through its record's `session.frames`. */
export interface BlockFrameInput {
  boardId: string;
  id: string;
  title: string;
  rect: Rect;
}

export interface LabelInput {
  boardId: string;
  text: string;
  rect: Rect;
}

/** The harvest's raw material, in absolute coordinates, before notes are assigned to zones. */
export interface HarvestInput {
  zones: ZoneInput[];
  notes: NoteInput[];
  /** Participants' dots (a dot vote): small textless circles (`isDotItem`). */
  dots: Rect[];
  /** Frames of generated boards, by board id. */
  frames: Map<string, FrameInput>;
  /** Every generated frame, so a zone of a session board knows its block. */
  blockFrames: BlockFrameInput[];
  /** Generated label texts: a zone's title when its record has none (boards made before titles were recorded). */
  labels: LabelInput[];
  records: GeneratedBoard[];
  skipped: SkippedItem[];
}

type Collect = (item: ReadingItem, input: HarvestInput) => string | undefined;

const rectOf = (item: ReadingItem): Rect => ({
  left: item.x,
  top: item.y,
  width: item.width,
  height: item.height,
});

function collectZone(item: ReadingItem, input: HarvestInput): string | undefined {
  if (!item.zoneId) return '$.zoneId: a zone needs a zone id';
  if (!item.boardId) return '$.boardId: a zone needs a board id';
  if (item.width <= 0 || item.height <= 0) return '$.width: a zone needs a width and a height';
  const title = item.text.split('\n')[0]?.trim() ?? '';
  const templateId = item.templateId ?? '';
  input.zones.push({ boardId: item.boardId, templateId, zoneId: item.zoneId, title, rect: rectOf(item) });
  return undefined;
}

function collectFrame(item: ReadingItem, input: HarvestInput): string | undefined {
  if (item.boardId)
    input.blockFrames.push({ boardId: item.boardId, id: item.id, title: item.text, rect: rectOf(item) });
  if (item.boardId && !input.frames.has(item.boardId))
    input.frames.set(item.boardId, {
      templateId: item.templateId ?? '',
      title: item.text,
      rect: rectOf(item),
    });
  return undefined;
}

function collectLabel(item: ReadingItem, input: HarvestInput): string | undefined {
  if (item.boardId && item.kind === 'text')
    input.labels.push({ boardId: item.boardId, text: item.text, rect: rectOf(item) });
  return undefined;
}

function collectNote(item: ReadingItem, input: HarvestInput): string | undefined {
  // An empty sticky is one left out for participants, not an answer.
  if (item.text.trim() === '') return undefined;
  input.notes.push({ id: item.id, text: item.text, color: item.color, rect: rectOf(item) });
  return undefined;
}

function collectDot(item: ReadingItem, input: HarvestInput): string | undefined {
  input.dots.push(rectOf(item));
  return undefined;
}

/** What each item is to the harvest: generated seed notes are not participant input. */
function collectorFor(item: ReadingItem): Collect | undefined {
  // A dot is a participant's: nothing Netverk generated (those carry a role) counts as a vote.
  if (item.role === undefined && isDotItem(item)) return collectDot;
  if (item.role === 'zone') return collectZone;
  if (item.role === 'frame') return collectFrame;
  if (item.role === 'label') return collectLabel;
  if (item.kind === 'sticky' && item.role !== 'seed') return collectNote;
  return undefined;
}

/** Sorts the reading's items into zones, generated frames, labels and participant notes. */
export function collectHarvestInput(restored: RestoredReading): HarvestInput {
  const input: HarvestInput = {
    zones: [],
    notes: [],
    dots: [],
    frames: new Map(),
    blockFrames: [],
    labels: [],
    records: restored.boards,
    skipped: [],
  };
  for (const { index, item } of restored.items) {
    const reason = collectorFor(item)?.(item, input);
    if (reason !== undefined) input.skipped.push({ index, reason });
  }
  input.skipped = [...restored.skipped, ...input.skipped].sort((a, b) => a.index - b.index);
  return input;
}
