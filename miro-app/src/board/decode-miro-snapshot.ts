import {
  type BoardReading,
  boardReadingVersion,
  type HarvestError,
  type ReadingItem,
  type SkippedItem,
} from '../../../shared/index.ts';
import { miroHtmlToText } from './miro-html-to-text.ts';
import { createRectResolver, type Rect } from './resolve-absolute-rect.ts';
import { type RestoredItem, restoreSnapshot } from './restore-snapshot.ts';

export type DecodeOutcome = { ok: true; reading: BoardReading } | { ok: false; error: HarvestError };

/** Miro's item types as the core's kinds; other types pass under their own name. */
const kinds: Readonly<Record<string, string>> = {
  sticky_note: 'sticky',
  frame: 'frame',
  shape: 'shape',
  text: 'text',
};

function readingItem({ item, meta }: RestoredItem, rect: Rect): ReadingItem {
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
    ...(color !== undefined ? { color } : {}),
    ...(shape !== undefined ? { shape } : {}),
    ...(meta ? { boardId: meta.b, templateId: meta.t, role: meta.r } : {}),
    ...(meta?.z !== undefined ? { zoneId: meta.z } : {}),
  };
}

/**
 * Decodes a Miro board snapshot (`board.get()` as JSON, Netverk's metadata per item) into the core's
 * board reading: centre and frame-relative coordinates become absolute top-left rectangles, content
 * HTML becomes the text as typed. Malformed items are skipped with their index and reason.
 */
export function decodeMiroSnapshot(snapshot: unknown): DecodeOutcome {
  const restored = restoreSnapshot(snapshot);
  if (!restored.ok) return restored;
  const { items, boards } = restored.value;
  const resolve = createRectResolver(new Map(items.map((entry) => [entry.item.id, entry.item])));
  const skipped: SkippedItem[] = [...restored.value.skipped];
  const decoded: ReadingItem[] = [];
  for (const entry of items) {
    const rect = resolve(entry.item);
    if (typeof rect === 'string') skipped.push({ index: entry.index, reason: rect });
    else decoded.push(readingItem(entry, rect));
  }
  skipped.sort((a, b) => a.index - b.index);
  return {
    ok: true,
    reading: {
      readingVersion: boardReadingVersion,
      items: decoded,
      boards,
      ...(skipped.length > 0 ? { skipped } : {}),
    },
  };
}
