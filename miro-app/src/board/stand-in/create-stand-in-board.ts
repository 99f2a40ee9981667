import type { AppDataValue, Json, Rect } from '@mirohq/websdk-types';
import { realClock } from '../board-clock.ts';
import type {
  BoardPort,
  PortCollection,
  PortItem,
  PortItemFilter,
  PortItemsEvent,
  PortItemsHandler,
} from '../board-port.ts';
import { miroCreditWindows } from '../credit-ledger.ts';
import { miroLimits } from '../miro-limits.ts';
import { createItemData, type DataContext, type ItemData, updateItemData } from './item-data.ts';
import { readOnlyFields, type StandInItemType } from './item-rules.ts';
import { createItemView, type ViewMethods } from './item-view.ts';
import { createStandInInspector, type StandInInspector } from './stand-in-inspector.ts';
import { createMeter } from './stand-in-meter.ts';
import { defaultSwitches, type StandInOptions } from './stand-in-options.ts';
import {
  absoluteBox,
  addToFrame,
  checkChildrenInside,
  findEmptySpace,
  frameAt,
  jsonBytes,
  removeFromStore,
  requireItem,
  type StandInStore,
} from './stand-in-store.ts';

/** The stand-in: the board port in memory, as strict as the SDK, plus an inspector for tests and previews. */
export interface StandInBoard extends BoardPort {
  readonly inspect: StandInInspector;
}

const limits = { metadata: miroLimits.metadataBytes, appData: miroLimits.appDataBytes } as const;

function fail(message: string): never {
  throw new Error(message);
}

function copyInput(props: unknown): unknown {
  try {
    return structuredClone(props);
  } catch {
    return fail('Invalid properties: values must be plain data');
  }
}

/** An in-memory Miro board behind the port: latency, credits, faults and [unverified] switches by option. */
export function createStandInBoard(options: StandInOptions = {}): StandInBoard {
  const clock = options.clock ?? realClock;
  const switches = { ...defaultSwitches, ...options.switches };
  const store: StandInStore = {
    items: new Map(),
    appData: {},
    storage: new Map(),
    viewport: options.viewport ?? { x: -800, y: -450, width: 1600, height: 900 },
  };
  const meter = createMeter({
    clock,
    latencyMs: options.latencyMs ?? 0,
    windows: options.creditWindows ?? miroCreditWindows,
    faults: options.faults,
  });
  const handlers = new Map<PortItemsEvent, Set<PortItemsHandler>>();
  const changeListeners = new Set<() => void>();
  let counter = 0n;
  const ctx: DataContext = {
    exists: (id) => store.items.has(id),
    newId: () => String(3_458_764_500_000_000_000n + ++counter),
    stamp: () => new Date(Date.UTC(2026, 0, 1) + Math.round(clock.now())).toISOString(),
    user: options.user ?? '3074457350000000001',
  };
  const view = <T extends PortItem>(data: ItemData) => createItemView<T>(data, methods);

  function emit(event: PortItemsEvent | undefined, items: ItemData[]): void {
    const views = items.map((data) => view(data));
    for (const handler of event ? (handlers.get(event) ?? []) : []) handler({ items: views });
    for (const listener of changeListeners) listener();
  }

  function insert(type: StandInItemType, props: unknown, parentId?: string): ItemData {
    const stored = { data: createItemData(type, copyInput(props), ctx), metadata: {} };
    store.items.set(stored.data.id, stored);
    const centre = { x: Number(stored.data.x), y: Number(stored.data.y) };
    const frame =
      parentId ??
      (switches.autoParentOnCreate && type !== 'frame' && type !== 'connector'
        ? frameAt(store, centre.x, centre.y)?.data.id
        : undefined);
    if (frame !== undefined) addToFrame(store, frame, stored.data.id, switches);
    emit('items:create', [stored.data]);
    return stored.data;
  }

  function changedFields(
    current: Readonly<Record<string, unknown>>,
    data: ItemData,
  ): Record<string, unknown> {
    const changes: Record<string, unknown> = {};
    // Read-only fields are frozen on the view; a stale copy of one (childrenIds) is not a change.
    const fixed = readOnlyFields[data.type];
    for (const key of Object.keys(current))
      if (!fixed.includes(key) && JSON.stringify(current[key]) !== JSON.stringify(data[key]))
        changes[key] = current[key];
    return changes;
  }

  const methods: ViewMethods = {
    sync: (current) =>
      meter.call('item.sync', () => {
        const stored = requireItem(store, String(current.id));
        const updated = updateItemData(
          stored.data,
          copyInput(changedFields(current, stored.data)) as Record<string, unknown>,
          ctx,
        );
        if (updated.type === 'frame') checkChildrenInside(store, updated);
        stored.data = updated;
        emit(undefined, []);
      }),
    getMetadata: (id, key) =>
      meter.call('item.getMetadata', () => structuredClone(requireItem(store, id).metadata[key])),
    setMetadata: (id, key, value) =>
      meter.call('item.setMetadata', () => {
        const stored = requireItem(store, id);
        if (stored.data.type === 'frame' && switches.frameRejectsMetadata)
          fail('Metadata is not supported for frame items');
        const next = { ...stored.metadata, [key]: copyInput(value) as Json };
        if (jsonBytes(next) > limits.metadata)
          fail(`Item metadata exceeds the limit of ${limits.metadata} bytes`);
        stored.metadata = next;
        return structuredClone(next);
      }),
    add: (frameId, itemId) =>
      meter.call('frame.add', () => {
        const data = addToFrame(store, frameId, itemId, switches);
        emit(undefined, []);
        return data;
      }),
  };

  function matches(filter: PortItemFilter, data: ItemData): boolean {
    if ('id' in filter) return ([] as string[]).concat(filter.id).includes(data.id);
    return ([] as string[]).concat(filter.type).includes(data.type);
  }

  function collection(name: string): PortCollection {
    const values = () =>
      store.storage.get(name) ?? store.storage.set(name, new Map()).get(name) ?? new Map<string, Json>();
    return {
      set: (key, value) =>
        meter.call('storage.set', () => {
          if (jsonBytes(value) > switches.storageValueMaxBytes)
            fail(`Storage value exceeds the limit of ${switches.storageValueMaxBytes} bytes`);
          values().set(key, copyInput(value) as Json);
        }),
      get: (key) => meter.call('storage.get', () => structuredClone(values().get(key))),
      remove: (key) => meter.call('storage.remove', () => void values().delete(key)),
    };
  }

  const inspector = createStandInInspector({ store, meter, insert, changeListeners });
  return {
    inspect: inspector,
    createFrame: (props) => meter.call('createFrame', () => view(insert('frame', props))),
    createShape: (props) => meter.call('createShape', () => view(insert('shape', props))),
    createText: (props) => meter.call('createText', () => view(insert('text', props))),
    createStickyNote: (props) => meter.call('createStickyNote', () => view(insert('sticky_note', props))),
    createConnector: (props) => meter.call('createConnector', () => view(insert('connector', props))),
    get: (filter) =>
      meter.call(
        'get',
        () =>
          [...store.items.values()]
            .filter((item) => matches(filter, item.data))
            .map((item) => view(item.data)),
        switches.getCredits,
      ),
    getById: (id) => meter.call('getById', () => view(requireItem(store, id).data)),
    remove: (item) =>
      meter.call('remove', () => emit('items:delete', removeFromStore(store, item.id, switches))),
    findEmptySpace: (area) => meter.call('findEmptySpace', () => findEmptySpace(store, area)),
    getAppData: (key) => meter.call('getAppData', () => structuredClone(store.appData[key])),
    setAppData: (key, value: AppDataValue) =>
      meter.call('setAppData', () => {
        const next = { ...store.appData, [key]: copyInput(value) as Json };
        if (jsonBytes(next) > limits.appData) fail(`App data exceeds the limit of ${limits.appData} bytes`);
        store.appData = next;
        return structuredClone(next);
      }),
    storage: { collection },
    viewport: {
      get: () => meter.call('viewport.get', () => ({ ...store.viewport })),
      zoomTo: (items) =>
        meter.call('viewport.zoomTo', () => {
          const boxes = ([] as PortItem[])
            .concat(items)
            .map((item) => absoluteBox(store, requireItem(store, item.id).data));
          store.viewport = zoomedViewport(boxes, store.viewport);
          emit(undefined, []);
        }),
    },
    notifications: {
      showInfo: (message) =>
        meter.call('notifications.showInfo', () => void inspector.notify('info', message)),
      showError: (message) =>
        meter.call('notifications.showError', () => void inspector.notify('error', message)),
    },
    ui: {
      on: (event, handler) =>
        void (handlers.get(event) ?? handlers.set(event, new Set()).get(event))?.add(handler),
      off: (event, handler) => void handlers.get(event)?.delete(handler),
    },
  };
}

/** The viewport that shows every box with a margin, keeping the current aspect. */
function zoomedViewport(
  boxes: { left: number; top: number; width: number; height: number }[],
  current: Rect,
): Rect {
  if (boxes.length === 0) return current;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  const aspect = current.width / current.height;
  const width = Math.max((right - left) * 1.1, (bottom - top) * 1.1 * aspect);
  const height = width / aspect;
  return { x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height };
}
