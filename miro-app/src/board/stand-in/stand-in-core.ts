import { type BoardClock, realClock } from '../board-clock.ts';
import type { PortItem, PortItemsEvent, PortItemsHandler } from '../board-port.ts';
import { miroCreditWindows } from '../credit-ledger.ts';
import { fail } from './fail.ts';
import { createItemData, type DataContext, type ItemData } from './item-data.ts';
import type { StandInItemType } from './item-rules.ts';
import { createItemView, type ViewMethods } from './item-view.ts';
import { createMeter, type MeteredCall, type StandInStats } from './stand-in-meter.ts';
import { defaultSwitches, type StandInOptions, type StandInSwitches } from './stand-in-options.ts';
import { addToFrame, frameAt, type StandInStore } from './stand-in-store.ts';
import { initialTimerState, type TimerState } from './stand-in-timer-state.ts';

/** What every part of the stand-in shares: its state, its meter, its events. */
export interface StandInCore {
  clock: BoardClock;
  store: StandInStore;
  /** Ids, timestamps and the user for item data. */
  ctx: DataContext;
  switches: StandInSwitches;
  /** The board's one timer (`board.timer`). */
  timer: TimerState;
  meter: { call: MeteredCall; stats(): StandInStats; reset(): void; closed(): boolean };
  handlers: Map<PortItemsEvent, Set<PortItemsHandler>>;
  changeListeners: Set<() => void>;
  /** A fresh item object as a call returns it. */
  view<T extends PortItem>(data: ItemData): T;
  /** Tells `items:*` handlers (when `event` is given) and change listeners. */
  emit(event: PortItemsEvent | undefined, items: ItemData[]): void;
  /** Creates an item from create-call props, optionally in a frame; throws like the SDK. */
  insert(type: StandInItemType, props: unknown, parentId?: string): ItemData;
}

/** The SDK sends props over `postMessage`: only plain data survives. */
export function copyInput(props: unknown): unknown {
  try {
    return structuredClone(props);
  } catch {
    return fail('Invalid properties: values must be plain data');
  }
}

/** The board itself, which every tab open on it shares (see `StandInOptions.closeAtCall`). */
export type StandInBoardState = Pick<StandInCore, 'store' | 'ctx' | 'timer' | 'handlers' | 'changeListeners'>;

function newBoardState(options: StandInOptions, clock: BoardClock): StandInBoardState {
  const store: StandInStore = {
    items: new Map(),
    appData: {},
    storage: new Map(),
    viewport: options.viewport ?? { x: -800, y: -450, width: 1600, height: 900 },
    zoomedTo: [],
  };
  let counter = 0n;
  const ctx: DataContext = {
    exists: (id) => store.items.has(id),
    // Miro ids are long decimal strings.
    newId: () => String(3_458_764_500_000_000_000n + ++counter),
    stamp: () => new Date(Date.UTC(2026, 0, 1) + Math.round(clock.now())).toISOString(),
    user: options.user ?? '3074457350000000001',
  };
  return { store, ctx, timer: initialTimerState(), handlers: new Map(), changeListeners: new Set() };
}

/** One tab's view of a board: its own meter (calls, credits, faults), the board's state shared. */
export function createStandInCore(
  options: StandInOptions,
  methodsFor: (core: StandInCore) => ViewMethods,
  board?: StandInBoardState,
): StandInCore {
  const clock = options.clock ?? realClock;
  const state = board ?? newBoardState(options, clock);
  const windows = options.creditWindows ?? miroCreditWindows;
  const meter = createMeter({
    clock,
    latencyMs: options.latencyMs ?? 0,
    windows,
    faults: options.faults,
    closeAtCall: options.closeAtCall,
  });
  const { store, ctx } = state;
  let methods: ViewMethods | undefined;
  const core: StandInCore = {
    ...state,
    clock,
    switches: { ...defaultSwitches, ...options.switches },
    meter,
    view: (data) => createItemView(data, methods ?? fail('stand-in not ready')),
    emit(event, items) {
      const views = items.map((data) => core.view(data));
      for (const handler of event ? (core.handlers.get(event) ?? []) : []) handler({ items: views });
      for (const listener of core.changeListeners) listener();
    },
    insert(type, props, parentId) {
      const stored = { data: createItemData(type, copyInput(props), ctx), metadata: {} };
      store.items.set(stored.data.id, stored);
      const frame = parentId ?? autoParent(core, stored.data);
      if (frame !== undefined) addToFrame(store, frame, stored.data.id, core.switches);
      core.emit('items:create', [stored.data]);
      return stored.data;
    },
  };
  methods = methodsFor(core);
  return core;
}

/** [unverified] Whether Miro parents an item created inside a frame's bounds: a switch. */
function autoParent(core: StandInCore, data: ItemData): string | undefined {
  if (!core.switches.autoParentOnCreate || data.type === 'frame' || data.type === 'connector')
    return undefined;
  return frameAt(core.store, Number(data.x), Number(data.y))?.data.id;
}
