import { assignNotesToZones, type Point } from './assign-notes-to-zones.ts';
import type { BoardReading } from './board-reading.ts';
import {
  collectHarvestInput,
  type HarvestInput,
  type NoteInput,
  type ZoneInput,
} from './collect-harvest-input.ts';
import type {
  HarvestBoard,
  HarvestNote,
  HarvestOutcome,
  HarvestResult,
  HarvestZone,
  Rect,
} from './harvest-result.ts';
import { sortInReadingOrder } from './reading-order.ts';
import { type RestoredReading, restoreBoardReading } from './restore-board-reading.ts';

/** Maps note centres to zone indexes (-1: none); the harvest's one swappable step, for the benchmark. */
export type ZoneAssigner = (points: readonly Point[], zones: readonly Rect[]) => Int32Array;

interface BoardDraft {
  board: HarvestBoard;
  rect: Rect | undefined;
  zones: Map<string, ZoneDraft>;
}

interface ZoneDraft {
  rect: Rect;
  title: string;
  notes: NoteInput[];
  minutes?: HarvestZone['minutes'];
  personal?: string;
  block?: HarvestZone['block'];
  vote?: true;
  dots: number;
}

function union(a: Rect | undefined, b: Rect): Rect {
  if (!a) return b;
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  const right = Math.max(a.left + a.width, b.left + b.width);
  const bottom = Math.max(a.top + a.height, b.top + b.height);
  return { left, top, width: right - left, height: bottom - top };
}

function toNote(note: NoteInput): HarvestNote {
  return note.color === undefined
    ? { id: note.id, text: note.text }
    : { id: note.id, text: note.text, color: note.color };
}

const inside = (outer: Rect, inner: Rect) =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.left < outer.left + outer.width &&
  inner.top < outer.top + outer.height;

/**
 * A zone's title: the text on its shape, else the title its board record carries (written at
 * generation), else the first generated label lying in it (boards recorded before titles were), else its id.
 */
function zoneTitleOf(zone: ZoneInput, input: HarvestInput): string {
  if (zone.title) return zone.title;
  const recorded = input.records.find((r) => r.id === zone.boardId)?.zoneTitles?.[zone.zoneId];
  if (recorded) return recorded;
  const labels = input.labels.filter((l) => l.boardId === zone.boardId && inside(zone.rect, l.rect));
  const [first] = sortInReadingOrder(labels, (l) => l.rect);
  return first?.text.split('\n')[0]?.trim() || zone.zoneId;
}

/** The block a session board's zone lies in: the smallest of the board's block frames holding its centre. */
function blockOf(zone: ZoneInput, input: HarvestInput): HarvestZone['block'] {
  const frames = input.records.find((r) => r.id === zone.boardId)?.session?.frames;
  if (!frames) return undefined;
  const at = {
    left: zone.rect.left + zone.rect.width / 2,
    top: zone.rect.top + zone.rect.height / 2,
    width: 0,
    height: 0,
  };
  let found: HarvestZone['block'];
  let area = Number.POSITIVE_INFINITY;
  for (const frame of input.blockFrames) {
    if (frame.boardId !== zone.boardId || !inside(frame.rect, at)) continue;
    const index = frames.findIndex((f) => f.frameId === frame.id);
    if (index < 0 || frame.rect.width * frame.rect.height >= area) continue;
    area = frame.rect.width * frame.rect.height;
    found = { index, title: frame.title.split('\n')[0]?.trim() ?? '' };
  }
  return found;
}

function draftBoards(input: HarvestInput): Map<string, BoardDraft> {
  const drafts = new Map<string, BoardDraft>();
  const draft = (boardId: string, templateId: string): BoardDraft => {
    let found = drafts.get(boardId);
    if (!found) {
      const record = input.records.find((r) => r.id === boardId);
      const frame = input.frames.get(boardId);
      const title = record?.title ?? (frame?.title || boardId);
      const network = record?.session?.network;
      const board: HarvestBoard = {
        boardId,
        templateId: record?.templateId ?? templateId,
        title,
        ...(record ? { createdAt: record.createdAt } : {}),
        ...(network ? { network } : {}),
        zones: [],
      };
      found = { board, rect: frame?.rect, zones: new Map() };
      drafts.set(boardId, found);
    }
    return found;
  };
  for (const record of input.records) draft(record.id, record.templateId);
  for (const [boardId, frame] of input.frames) draft(boardId, frame.templateId);
  for (const zone of input.zones) {
    const board = draft(zone.boardId, zone.templateId);
    if (!input.frames.has(zone.boardId)) board.rect = union(board.rect, zone.rect);
    // A duplicated board repeats zone ids: its notes join the first shape's zone.
    if (!board.zones.has(zone.zoneId)) {
      const record = input.records.find((r) => r.id === zone.boardId);
      const minutes = record?.zoneMinutes?.[zone.zoneId];
      const personal = record?.zonePersonal?.[zone.zoneId];
      const block = blockOf(zone, input);
      board.zones.set(zone.zoneId, {
        rect: zone.rect,
        title: zoneTitleOf(zone, input),
        notes: [],
        dots: 0,
        ...(minutes ? { minutes } : {}),
        ...(personal === undefined ? {} : { personal }),
        ...(block ? { block } : {}),
        ...(record?.voteZones?.includes(zone.zoneId) ? { vote: true as const } : {}),
      });
    }
  }
  return drafts;
}

/** Puts assigned notes into their boards and zones, everything in reading order. */
export function assembleHarvest(
  input: HarvestInput,
  assignment: Int32Array,
  dotAssignment: Int32Array = new Int32Array(0),
): HarvestResult {
  const drafts = draftBoards(input);
  // Dots count where they lie; a dot outside every zone is no vote.
  for (const index of dotAssignment) {
    const zone = input.zones[index];
    const target = zone ? drafts.get(zone.boardId)?.zones.get(zone.zoneId) : undefined;
    if (target) target.dots += 1;
  }
  const unplaced: NoteInput[] = [];
  input.notes.forEach((note, n) => {
    const zone = input.zones[assignment[n] ?? -1];
    const target = zone ? drafts.get(zone.boardId)?.zones.get(zone.zoneId) : undefined;
    if (target) target.notes.push(note);
    else unplaced.push(note);
  });
  const placed = [...drafts.values()].filter((d) => d.rect !== undefined);
  const unplacedBoards = [...drafts.values()].filter((d) => d.rect === undefined);
  const ordered = [...sortInReadingOrder(placed, (d) => d.rect as Rect), ...unplacedBoards];
  const boards = ordered.map(({ board, zones }) => ({
    ...board,
    zones: sortInReadingOrder([...zones], ([, z]) => z.rect).map(
      ([zoneId, z]): HarvestZone => ({
        zoneId,
        title: z.title,
        notes: sortInReadingOrder(z.notes, (n) => n.rect).map(toNote),
        ...(z.minutes ? { minutes: z.minutes } : {}),
        ...(z.vote ? { vote: true as const } : {}),
        ...(z.vote || z.dots > 0 ? { dots: z.dots } : {}),
        ...(z.personal === undefined ? {} : { personal: z.personal }),
        ...(z.block ? { block: z.block } : {}),
      }),
    ),
  }));
  return {
    boards,
    unplaced: sortInReadingOrder(unplaced, (n) => n.rect).map(toNote),
    skipped: input.skipped,
  };
}

function centre(rect: Rect): Point {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * Harvests a board reading (`board-reading.ts`) into participants' notes per zone per generated
 * board. A note belongs to the zone containing its centre; where zones overlap, the smallest.
 * Malformed items are skipped with reasons; only a malformed envelope is an error.
 */
export function harvestReading(reading: unknown, assign: ZoneAssigner = assignNotesToZones): HarvestOutcome {
  const restored = restoreBoardReading(reading);
  if (!restored.ok) return restored;
  return { ok: true, result: harvestRestored(restored.value, assign) };
}

/**
 * Harvests a reading a front-end built itself from what it read (the Miro adapter's `readBoardSnapshot`:
 * typed, each record validated once as it was read), so nothing is checked a second time. A reading
 * from a file or any other unknown source goes through `harvestReading`.
 */
export function harvestBoardReading(
  reading: BoardReading,
  assign: ZoneAssigner = assignNotesToZones,
): HarvestResult {
  const items = reading.items.map((item, index) => ({ index, item }));
  return harvestRestored({ items, boards: reading.boards, skipped: reading.skipped ?? [] }, assign);
}

function harvestRestored(restored: RestoredReading, assign: ZoneAssigner): HarvestResult {
  const input = collectHarvestInput(restored);
  const assignment = assign(
    input.notes.map((n) => centre(n.rect)),
    input.zones.map((z) => z.rect),
  );
  const dots =
    input.dots.length > 0
      ? assign(
          input.dots.map(centre),
          input.zones.map((z) => z.rect),
        )
      : undefined;
  return assembleHarvest(input, assignment, dots);
}
