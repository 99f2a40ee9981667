import type { z } from 'zod';
import { jsonPath } from '../i18n/json-path.ts';
import { boardReadingSchema, type ReadingItem, readingItemSchema } from './board-reading.ts';
import { type GeneratedBoard, generatedBoardSchema } from './generated-board.ts';
import type { HarvestError, SkippedItem } from './harvest-result.ts';
import { isPlainReadingItem } from './is-plain-reading-item.ts';

/** A well-formed reading: items in their order, records, and what was skipped (the reader's too). */
export interface RestoredReading {
  /** Each item with its index in the reading's `items`. */
  items: { index: number; item: ReadingItem }[];
  /** Well-formed generated-board records; malformed ones are ignored (titles then fall back). */
  boards: GeneratedBoard[];
  skipped: SkippedItem[];
}

export type ReadingRestoreOutcome = { ok: true; value: RestoredReading } | { ok: false; error: HarvestError };

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  return `${jsonPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`;
}

function restoreSkipped(raw: readonly unknown[] | undefined): SkippedItem[] {
  return (raw ?? []).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { index, reason } = entry as Record<string, unknown>;
    return Number.isInteger(index) && typeof reason === 'string' ? [{ index: index as number, reason }] : [];
  });
}

/**
 * Tolerant restore of a board reading: the envelope must be right, each malformed item is skipped
 * with its index and reason, duplicate ids keep the first, malformed records are dropped.
 */
export function restoreBoardReading(reading: unknown): ReadingRestoreOutcome {
  const envelope = boardReadingSchema.safeParse(reading);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return {
      ok: false,
      error: { path: jsonPath(issue?.path ?? []), message: issue?.message ?? 'invalid board reading' },
    };
  }
  const items: RestoredReading['items'] = [];
  const skipped = restoreSkipped(envelope.data.skipped);
  const seen = new Set<string>();
  envelope.data.items.forEach((raw, index) => {
    const item = parseItem(raw);
    if (typeof item === 'string') skipped.push({ index, reason: item });
    else if (seen.has(item.id)) skipped.push({ index, reason: `$.id: duplicate id ${item.id}` });
    else {
      seen.add(item.id);
      items.push({ index, item });
    }
  });
  const boards = (envelope.data.boards ?? []).flatMap((raw) => {
    const parsed = generatedBoardSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return { ok: true, value: { items, boards, skipped: skipped.sort((a, b) => a.index - b.index) } };
}

/** The item, or why it is malformed; zod judges only what the quick check does not pass. */
function parseItem(raw: unknown): ReadingItem | string {
  if (isPlainReadingItem(raw)) return raw;
  const parsed = readingItemSchema.safeParse(raw);
  return parsed.success ? (parsed.data as ReadingItem) : describeIssue(parsed.error.issues[0]);
}
