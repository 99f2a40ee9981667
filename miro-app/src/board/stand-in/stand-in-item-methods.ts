import type { Json } from '@mirohq/websdk-types';
import { miroLimits } from '../miro-limits.ts';
import { fail } from './fail.ts';
import { type ItemData, updateItemData } from './item-data.ts';
import { readOnlyFields } from './item-rules.ts';
import type { ViewMethods } from './item-view.ts';
import { copyInput, type StandInCore } from './stand-in-core.ts';
import { addToFrame, checkChildrenInside, jsonBytes, requireItem } from './stand-in-store.ts';

/** The fields a view changed since it was read; a stale copy of a read-only field (childrenIds) is no change. */
function changedFields(current: Readonly<Record<string, unknown>>, data: ItemData): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const fixed = readOnlyFields[data.type];
  for (const key of Object.keys(current))
    if (!fixed.includes(key) && JSON.stringify(current[key]) !== JSON.stringify(data[key]))
      changes[key] = current[key];
  return changes;
}

/** What an item object's methods do: each is one metered call. */
export function createItemMethods(core: StandInCore): ViewMethods {
  const { store, meter, switches, ctx } = core;
  return {
    sync: (current) =>
      meter.call('item.sync', () => {
        const stored = requireItem(store, String(current.id));
        const changes = copyInput(changedFields(current, stored.data)) as Record<string, unknown>;
        const updated = updateItemData(stored.data, changes, ctx);
        if (updated.type === 'frame') checkChildrenInside(store, updated);
        stored.data = updated;
        core.emit(undefined, []);
      }),
    getMetadata: (id, key) =>
      meter.call('item.getMetadata', () => structuredClone(requireItem(store, id).metadata[key])),
    setMetadata: (id, key, value) =>
      meter.call('item.setMetadata', () => {
        const stored = requireItem(store, id);
        if (stored.data.type === 'frame' && switches.frameRejectsMetadata)
          fail('Metadata is not supported for frame items');
        const next = { ...stored.metadata, [key]: copyInput(value) as Json };
        if (jsonBytes(next) > miroLimits.metadataBytes)
          fail(`Item metadata exceeds the limit of ${miroLimits.metadataBytes} bytes`);
        stored.metadata = next;
        return structuredClone(next);
      }),
    add: (frameId, itemId) =>
      meter.call('frame.add', () => {
        const data = addToFrame(store, frameId, itemId, switches);
        core.emit(undefined, []);
        return data;
      }),
  };
}
