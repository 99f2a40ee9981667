import { miroHtmlToText } from '../text/miro-html-to-text.ts';
import type { GeneratedBoard, ItemMeta, SnapshotItem } from './board-snapshot.ts';
import type { Rect, SkippedItem } from './harvest-result.ts';
import { createRectResolver } from './resolve-absolute-rect.ts';
import type { RestoredItem, RestoredSnapshot } from './restore-snapshot.ts';

export interface ZoneInput {
  boardId: string;
  templateId: string;
  zoneId: string;
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

/** The harvest's raw material, in absolute coordinates, before notes are assigned to zones. */
export interface HarvestInput {
  zones: ZoneInput[];
  notes: NoteInput[];
  /** Frames of generated boards, by board id. */
  frames: Map<string, FrameInput>;
  records: GeneratedBoard[];
  skipped: SkippedItem[];
}

type Collect = (entry: RestoredItem, rect: Rect, input: HarvestInput) => string | undefined;

function collectZone({ item, meta }: RestoredItem, rect: Rect, input: HarvestInput): string | undefined {
  if (!meta?.z) return '$.metadata.netverk.z: a zone needs a zone id';
  if (rect.width <= 0 || rect.height <= 0) return '$.width: a zone needs a width and a height';
  const title =
    miroHtmlToText(item.content ?? '')
      .split('\n')[0]
      ?.trim() ?? '';
  input.zones.push({ boardId: meta.b, templateId: meta.t, zoneId: meta.z, title, rect });
  return undefined;
}

function collectFrame({ item, meta }: RestoredItem, rect: Rect, input: HarvestInput): string | undefined {
  if (meta && !input.frames.has(meta.b))
    input.frames.set(meta.b, { templateId: meta.t, title: item.title ?? '', rect });
  return undefined;
}

function collectNote({ item }: RestoredItem, rect: Rect, input: HarvestInput): string | undefined {
  const text = miroHtmlToText(item.content ?? '');
  // An empty sticky is one left out for participants, not an answer.
  if (text.trim() === '') return undefined;
  input.notes.push({ id: item.id, text, color: item.style?.fillColor, rect });
  return undefined;
}

/** What each item is to the harvest: generated seed notes are not participant input. */
function collectorFor(item: SnapshotItem, meta: ItemMeta | undefined): Collect | undefined {
  if (meta?.r === 'zone') return collectZone;
  if (meta?.r === 'frame') return collectFrame;
  if (item.type === 'sticky_note' && meta?.r !== 'seed') return collectNote;
  return undefined;
}

/** Sorts the restored items into zones, generated frames and participant notes, with absolute rectangles. */
export function collectHarvestInput(restored: RestoredSnapshot): HarvestInput {
  const byId = new Map(restored.items.map((entry) => [entry.item.id, entry.item]));
  const resolve = createRectResolver(byId);
  const input: HarvestInput = {
    zones: [],
    notes: [],
    frames: new Map(),
    records: restored.boards,
    skipped: [],
  };
  for (const entry of restored.items) {
    const collect = collectorFor(entry.item, entry.meta);
    if (!collect) continue;
    const rect = resolve(entry.item);
    const reason = typeof rect === 'string' ? rect : collect(entry, rect, input);
    if (reason !== undefined) input.skipped.push({ index: entry.index, reason });
  }
  input.skipped = [...restored.skipped, ...input.skipped].sort((a, b) => a.index - b.index);
  return input;
}
