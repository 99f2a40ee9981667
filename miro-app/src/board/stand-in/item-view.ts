import type { AppData, AppDataValue } from '@mirohq/websdk-types';
import type { PortItem } from '../board-port.ts';
import type { ItemData } from './item-data.ts';
import { readOnlyFields } from './item-rules.ts';

/** What a view's methods call back into; each is one metered board call. */
export interface ViewMethods {
  sync(view: Readonly<Record<string, unknown>>): Promise<void>;
  getMetadata(id: string, key: string): Promise<AppDataValue | undefined>;
  setMetadata(id: string, key: string, value: AppDataValue): Promise<AppData>;
  add(frameId: string, itemId: string): Promise<ItemData>;
}

function hidden(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: false, writable: false });
}

/**
 * An item as a call returns it: a fresh copy of its fields, read-only ones frozen (assigning throws in
 * strict mode, as the SDK's getters do), methods hidden so JSON and `Object.keys` see data only.
 * The stand-in's one cast lives here: plain data shaped at run time into the port's item types.
 */
export function createItemView<T extends PortItem = PortItem>(data: ItemData, methods: ViewMethods): T {
  const view: Record<string, unknown> = {};
  const fixed = new Set(readOnlyFields[data.type]);
  for (const [key, value] of Object.entries(structuredClone(data))) {
    if (fixed.has(key)) Object.defineProperty(view, key, { value, enumerable: true, writable: false });
    else view[key] = value;
  }
  hidden(view, 'sync', () => methods.sync(view));
  hidden(view, 'getMetadata', (key: string) => methods.getMetadata(data.id, key));
  hidden(view, 'setMetadata', (key: string, value: AppDataValue) => methods.setMetadata(data.id, key, value));
  if (data.type === 'frame')
    hidden(view, 'add', async (item: { id: string }) =>
      createItemView(await methods.add(data.id, item.id), methods),
    );
  return view as unknown as T;
}
