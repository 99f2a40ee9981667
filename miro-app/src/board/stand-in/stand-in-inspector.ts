import type { Json, Rect, TimerInstance } from '@mirohq/websdk-types';
import type { BoardPort } from '../board-port.ts';
import type { ItemData } from './item-data.ts';
import type { StandInItemType } from './item-rules.ts';
import type { StandInCore } from './stand-in-core.ts';
import type { StandInStats } from './stand-in-meter.ts';
import { absoluteBox, type Box, requireItem } from './stand-in-store.ts';
import { timerInstance } from './stand-in-timer-state.ts';

export interface StandInNotification {
  kind: 'info' | 'error';
  message: string;
}

/** Looks into the stand-in without making board calls: free, instant, never failing. */
export interface StandInInspector {
  /** Every item's fields, in creation order. */
  items(): ItemData[];
  item(id: string): ItemData | undefined;
  metadata(id: string): Record<string, Json>;
  appData(): Record<string, Json>;
  storage(name: string): Record<string, Json>;
  viewport(): Rect;
  /** The items the last `viewport.zoomTo` showed that are still on the board. */
  zoomedTo(): string[];
  /** The board timer as `timer.get` would answer now. */
  timer(): TimerInstance;
  /** The item's absolute box, top-left corner. */
  absoluteBox(id: string): Box;
  stats(): StandInStats;
  resetStats(): void;
  notifications(): StandInNotification[];
  notify(kind: StandInNotification['kind'], message: string): void;
  /**
   * Adds an item as a participant would, with the same checks but no cost, latency or faults.
   * `x`, `y` are absolute; `parentId` then adds it to that frame where it lies.
   */
  seed(
    type: StandInItemType,
    props: unknown,
    options?: { parentId?: string; metadata?: Record<string, Json> },
  ): ItemData;
  /** Called after every change to the board; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Whether this tab has closed (`closeAtCall`): its calls no longer answer. */
  closed(): boolean;
  /** The same board in a new tab: the same items, storage and timer, a meter of its own, never closing. */
  reopen(): BoardPort & { readonly inspect: StandInInspector };
}

export function createStandInInspector(
  { store, meter, insert, changeListeners, timer, clock }: StandInCore,
  reopen: () => BoardPort & { readonly inspect: StandInInspector },
): StandInInspector {
  const notifications: StandInNotification[] = [];
  return {
    items: () => [...store.items.values()].map((item) => structuredClone(item.data)),
    item: (id) => {
      const found = store.items.get(id);
      return found ? structuredClone(found.data) : undefined;
    },
    metadata: (id) => structuredClone(requireItem(store, id).metadata),
    appData: () => structuredClone(store.appData),
    storage: (name) =>
      Object.fromEntries(structuredClone([...(store.storage.get(name) ?? new Map<string, Json>())])),
    viewport: () => ({ ...store.viewport }),
    zoomedTo: () => store.zoomedTo.filter((id) => store.items.has(id)),
    timer: () => timerInstance(timer, clock.now()),
    absoluteBox: (id) => absoluteBox(store, requireItem(store, id).data),
    stats: () => meter.stats(),
    resetStats: () => meter.reset(),
    notifications: () => [...notifications],
    notify: (kind, message) => {
      notifications.push({ kind, message });
    },
    seed: (type, props, options = {}) => {
      const data = insert(type, props, options.parentId);
      if (options.metadata) requireItem(store, data.id).metadata = structuredClone(options.metadata);
      return structuredClone(requireItem(store, data.id).data);
    },
    onChange: (listener) => {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
    closed: () => meter.closed(),
    reopen,
  };
}
