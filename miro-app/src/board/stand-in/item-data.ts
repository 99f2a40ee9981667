import { fail } from './fail.ts';
import { checkFields } from './field-rules.ts';
import { itemDefaults, itemFieldRules, readOnlyFields, type StandInItemType } from './item-rules.ts';
import { sanitizeContent } from './sanitize-content.ts';

/** A stored item: Miro's item fields as plain JSON-like data. */
export type ItemData = Record<string, unknown> & {
  id: string;
  type: StandInItemType;
  parentId: string | null;
};

export interface DataContext {
  exists(id: string): boolean;
  newId(): string;
  /** ISO time for `createdAt` / `modifiedAt`. */
  stamp(): string;
  user: string;
}

/** Miro's default sticky sizes: the aspect is fixed, so a sticky takes width or height, never both. */
export const stickySizes = {
  square: { width: 199, height: 228 },
  rectangle: { width: 350, height: 228 },
} as const;

type Finish = (
  data: Record<string, unknown>,
  input: Record<string, unknown>,
  ctx: DataContext,
  previous?: ItemData,
) => string | undefined;

const stickyBase = (shape: unknown) => (shape === 'rectangle' ? stickySizes.rectangle : stickySizes.square);

function sizeSticky(
  data: Record<string, unknown>,
  input: Record<string, unknown>,
  _ctx: DataContext,
  previous?: ItemData,
): string | undefined {
  if (input.width !== undefined && input.height !== undefined)
    return 'Invalid sticky note size: set either width or height, not both (the aspect ratio is fixed)';
  const base = stickyBase(data.shape);
  // A sync that changes neither size keeps the scale; a new shape keeps it too, with the new aspect.
  const current = typeof previous?.width === 'number' ? previous.width / stickyBase(previous.shape).width : 1;
  const scale =
    typeof input.width === 'number'
      ? input.width / base.width
      : typeof input.height === 'number'
        ? input.height / base.height
        : current;
  data.width = base.width * scale;
  data.height = base.height * scale;
  return undefined;
}

/** Miro sets a text's height from its content; this estimate stands in for the real text layout. */
function sizeText(data: Record<string, unknown>): string | undefined {
  const fontSize = (data.style as { fontSize?: number }).fontSize ?? 14;
  const width = typeof data.width === 'number' ? data.width : 100;
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  const paragraphs = String(data.content)
    .split(/<\/p>|<br>/)
    .filter((p, i, all) => p !== '' || i < all.length - 1);
  const lines = paragraphs.reduce(
    (sum, p) => sum + Math.max(1, Math.ceil(p.replace(/<[^>]*>/g, '').length / perLine)),
    0,
  );
  data.height = Math.max(1, lines) * fontSize * 1.4;
  return undefined;
}

function checkConnector(data: Record<string, unknown>, _input: Record<string, unknown>, ctx: DataContext) {
  for (const end of ['start', 'end'] as const) {
    const point = data[end] as { item?: string; snapTo?: string; position?: unknown } | undefined;
    if (!point?.item) return `Invalid connector: "${end}.item" is required`;
    if (!ctx.exists(point.item)) return `Invalid connector: ${end} item "${point.item}" does not exist`;
    if (point.snapTo !== undefined && point.position !== undefined)
      return `Invalid connector: "${end}" takes snapTo or position, not both`;
  }
  return undefined;
}

const finishers: Partial<Record<StandInItemType, Finish>> = {
  sticky_note: sizeSticky,
  text: sizeText,
  connector: checkConnector,
};

function cleanContent(data: Record<string, unknown>): void {
  if (typeof data.content === 'string') data.content = sanitizeContent(data.content);
  if (Array.isArray(data.captions))
    data.captions = data.captions.map((caption: { content?: string }) =>
      typeof caption.content === 'string'
        ? { ...caption, content: sanitizeContent(caption.content) }
        : caption,
    );
}

/** The problems of a create or update input, checked like the SDK: read-only, unknown, invalid values. */
function checkInput(type: StandInItemType, input: Record<string, unknown>, parentId: string | null): void {
  for (const key of Object.keys(input))
    if (readOnlyFields[type].includes(key) && input[key] !== undefined)
      fail(`Invalid properties: "${key}" is read-only`);
  const error = checkFields(input, itemFieldRules[type]);
  if (error) fail(error);
  if (input.relativeTo === 'parent_top_left' && parentId === null)
    fail('Invalid properties: "relativeTo" parent_top_left needs a parent frame (use frame.add)');
}

function merge(base: Record<string, unknown>, input: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const old = merged[key];
    merged[key] =
      key === 'style' && typeof old === 'object' && old !== null
        ? { ...old, ...(value as object) }
        : structuredClone(value);
  }
  return merged;
}

/** A new item's data from a create call's props; throws an SDK-like Error when the SDK would reject. */
export function createItemData(type: StandInItemType, props: unknown, ctx: DataContext): ItemData {
  if (props !== undefined && (typeof props !== 'object' || props === null || Array.isArray(props)))
    fail('Invalid properties: expected an object');
  const input = { ...(props as Record<string, unknown> | undefined) };
  if (input.type !== undefined && input.type !== type) fail(`Invalid properties: "type" must be ${type}`);
  delete input.type;
  checkInput(type, input, null);
  const data = merge(itemDefaults[type](), input);
  const error = finishers[type]?.(data, input, ctx);
  if (error) fail(error);
  cleanContent(data);
  const stamp = ctx.stamp();
  const placement = type === 'connector' ? {} : { origin: 'center', relativeTo: 'canvas_center' };
  return {
    ...data,
    ...placement,
    type,
    id: ctx.newId(),
    parentId: null,
    createdAt: stamp,
    createdBy: ctx.user,
    modifiedAt: stamp,
    modifiedBy: ctx.user,
  };
}

/** Applies the fields a `sync` changed; read-only fields must be unchanged. */
export function updateItemData(
  stored: ItemData,
  changes: Record<string, unknown>,
  ctx: DataContext,
): ItemData {
  checkInput(stored.type, changes, stored.parentId);
  const data = merge(stored, changes);
  const error = finishers[stored.type]?.(data, changes, ctx, stored);
  if (error) fail(error);
  cleanContent(data);
  return {
    ...data,
    id: stored.id,
    type: stored.type,
    parentId: stored.parentId,
    modifiedAt: ctx.stamp(),
    modifiedBy: ctx.user,
  };
}
