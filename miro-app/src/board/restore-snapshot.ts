import type { z } from 'zod';
import {
  type GeneratedBoard,
  generatedBoardSchema,
  type HarvestError,
  jsonPath,
  type SkippedItem,
} from '../../../shared/index.ts';
import { isPlainSnapshotItem } from './is-plain-snapshot-item.ts';
import {
  boardSnapshotSchema,
  type ItemMeta,
  itemMetaSchema,
  netverkMetaKey,
  type SnapshotItem,
  snapshotItemSchema,
} from './miro-snapshot.ts';

/** A well-formed item with its position in the snapshot and its Netverk metadata, if valid. */
export interface RestoredItem {
  index: number;
  item: SnapshotItem;
  meta: ItemMeta | undefined;
}

export interface RestoredSnapshot {
  items: RestoredItem[];
  /** Well-formed generated-board records; malformed ones are ignored (item metadata suffices). */
  boards: GeneratedBoard[];
  skipped: SkippedItem[];
}

export type SnapshotRestoreOutcome =
  | { ok: true; value: RestoredSnapshot }
  | { ok: false; error: HarvestError };

function describeIssue(issue: z.core.$ZodIssue | undefined, prefix: readonly PropertyKey[] = []): string {
  return `${jsonPath([...prefix, ...(issue?.path ?? [])])}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Tolerant restore of a Miro board snapshot (`board.get()` serialised): the envelope must be
 * right, each malformed item is skipped with its index and reason, duplicate ids keep the first.
 */
export function restoreSnapshot(snapshot: unknown): SnapshotRestoreOutcome {
  const envelope = boardSnapshotSchema.safeParse(snapshot);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return {
      ok: false,
      error: { path: jsonPath(issue?.path ?? []), message: issue?.message ?? 'invalid snapshot' },
    };
  }
  const items: RestoredItem[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  envelope.data.items.forEach((raw, index) => {
    const item = parseItem(raw);
    if (typeof item === 'string') {
      skipped.push({ index, reason: item });
    } else if (seen.has(item.id)) {
      skipped.push({ index, reason: `$.id: duplicate id ${item.id}` });
    } else {
      seen.add(item.id);
      const meta = readMeta(item);
      if (meta.ok) items.push({ index, item, meta: meta.meta });
      else if (item.type === 'sticky_note') items.push({ index, item, meta: undefined });
      // A sticky with broken metadata is still someone's note; any other such item is reported.
      else skipped.push({ index, reason: meta.reason });
    }
  });
  const boards = (envelope.data.boards ?? []).flatMap((raw) => {
    const parsed = generatedBoardSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return { ok: true, value: { items, boards, skipped } };
}

/** The item, or why it is malformed; zod judges only what the quick check does not pass. */
function parseItem(raw: unknown): SnapshotItem | string {
  if (isPlainSnapshotItem(raw)) return raw;
  const parsed = snapshotItemSchema.safeParse(raw);
  return parsed.success ? parsed.data : describeIssue(parsed.error.issues[0]);
}

type MetaRead = { ok: true; meta: ItemMeta | undefined } | { ok: false; reason: string };

const noMeta: MetaRead = { ok: true, meta: undefined };

function readMeta(item: SnapshotItem): MetaRead {
  let raw = item.metadata?.[netverkMetaKey];
  if (raw === undefined) return noMeta;
  // Tolerate metadata stored as a JSON string as well as an object.
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return { ok: false, reason: `$.metadata.${netverkMetaKey}: not JSON` };
    }
  }
  const parsed = itemMetaSchema.safeParse(raw);
  if (parsed.success) return { ok: true, meta: parsed.data };
  return { ok: false, reason: describeIssue(parsed.error.issues[0], ['metadata', netverkMetaKey]) };
}
