import type { ReadingItem } from './board-reading.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isText = (v: unknown, max = Number.POSITIVE_INFINITY) =>
  typeof v === 'string' && v !== '' && v.length <= max;
const isOptionalText = (v: unknown, max?: number) => v === undefined || isText(v, max);
const isCoordinate = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isSize = (v: unknown) => isCoordinate(v) && (v as number) >= 0;

/**
 * A quick check that accepts only what `readingItemSchema` accepts, so the common case skips zod's
 * per-item cost (10,000 notes must harvest in well under 50 ms); zod still judges and explains the rest.
 */
export function isPlainReadingItem(raw: unknown): raw is ReadingItem {
  if (!isPlainObject(raw)) return false;
  return (
    isText(raw.id) &&
    isText(raw.kind) &&
    isCoordinate(raw.x) &&
    isCoordinate(raw.y) &&
    isSize(raw.width) &&
    isSize(raw.height) &&
    typeof raw.text === 'string' &&
    (raw.color === undefined || typeof raw.color === 'string') &&
    (raw.shape === undefined || typeof raw.shape === 'string') &&
    isOptionalText(raw.boardId, 40) &&
    isOptionalText(raw.templateId, 64) &&
    isOptionalText(raw.role, 16) &&
    isOptionalText(raw.zoneId, 80)
  );
}
