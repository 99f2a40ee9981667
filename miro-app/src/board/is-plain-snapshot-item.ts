import type { SnapshotItem } from './miro-snapshot.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A record's keys must all be strings for the schema; JSON never has symbol keys, but be exact. */
function isPlainRecord(value: unknown): boolean {
  return isPlainObject(value) && Object.getOwnPropertySymbols(value).length === 0;
}

const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isOptionalSize = (v: unknown) =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

function hasPlainStyle(style: unknown): boolean {
  return style === undefined || (isPlainObject(style) && isOptionalString(style.fillColor));
}

/**
 * A quick check that accepts only what `snapshotItemSchema` accepts, so the common case skips zod's
 * per-item cost (10,000 notes must harvest in well under 50 ms); zod still judges and explains the rest.
 */
export function isPlainSnapshotItem(raw: unknown): raw is SnapshotItem {
  if (!isPlainObject(raw)) return false;
  const { id, type, x, y, parentId, relativeTo, metadata } = raw;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof type === 'string' &&
    type !== '' &&
    typeof x === 'number' &&
    Number.isFinite(x) &&
    typeof y === 'number' &&
    Number.isFinite(y) &&
    isOptionalSize(raw.width) &&
    isOptionalSize(raw.height) &&
    (parentId === null || isOptionalString(parentId)) &&
    (relativeTo === undefined || relativeTo === 'canvas_center' || relativeTo === 'parent_top_left') &&
    isOptionalString(raw.content) &&
    isOptionalString(raw.title) &&
    hasPlainStyle(raw.style) &&
    (metadata === undefined || isPlainRecord(metadata))
  );
}
