import type { BoardPort, PortItem, PortItemFilter } from '../board-port.ts';
import type { ItemData } from './item-data.ts';
import type { StandInItemType } from './item-rules.ts';
import { createStandInCore, type StandInBoardState, type StandInCore } from './stand-in-core.ts';
import { createAppData, createCollection, createViewport } from './stand-in-data-stores.ts';
import { createStandInInspector, type StandInInspector } from './stand-in-inspector.ts';
import { createItemMethods } from './stand-in-item-methods.ts';
import type { StandInOptions } from './stand-in-options.ts';
import { findEmptySpace, removeFromStore, requireItem } from './stand-in-store.ts';
import { boardFeatures, createStandInTimer } from './stand-in-timer.ts';

/** The stand-in: the board port in memory, as strict as the SDK, plus an inspector for tests and previews. */
export interface StandInBoard extends BoardPort {
  readonly inspect: StandInInspector;
}

function matches(filter: PortItemFilter, data: ItemData): boolean {
  if ('id' in filter) return ([] as string[]).concat(filter.id).includes(data.id);
  return ([] as string[]).concat(filter.type).includes(data.type);
}

type CreateCalls = Pick<
  BoardPort,
  'createFrame' | 'createShape' | 'createText' | 'createStickyNote' | 'createConnector'
>;

/** The five create calls: one metered call each, returning the new item. */
function createCalls(core: StandInCore): CreateCalls {
  const create = <T extends PortItem>(method: string, type: StandInItemType, props: unknown) =>
    core.meter.call(method, () => core.view<T>(core.insert(type, props)));
  return {
    createFrame: (props) => create('createFrame', 'frame', props),
    createShape: (props) => create('createShape', 'shape', props),
    createText: (props) => create('createText', 'text', props),
    createStickyNote: (props) => create('createStickyNote', 'sticky_note', props),
    createConnector: (props) => create('createConnector', 'connector', props),
  };
}

/** An in-memory Miro board behind the port: latency, credits, faults and [unverified] switches by option. */
export function createStandInBoard(options: StandInOptions = {}, board?: StandInBoardState): StandInBoard {
  const core = createStandInCore(options, createItemMethods, board);
  const { store, meter, switches, handlers } = core;
  const { closeAtCall: _closed, ...reopened } = options;
  const inspect = createStandInInspector(core, () => createStandInBoard(reopened, core));
  const items = () => [...store.items.values()];
  const features = new Set(boardFeatures.filter((feature) => options.features?.[feature] !== false));
  return {
    inspect,
    ...createCalls(core),
    get: (filter) =>
      meter.call(
        'get',
        () =>
          items()
            .filter((item) => matches(filter, item.data))
            .map((item) => core.view(item.data)),
        switches.getCredits,
      ),
    getById: (id) => meter.call('getById', () => core.view(requireItem(store, id).data)),
    remove: (item) =>
      meter.call('remove', () => core.emit('items:delete', removeFromStore(store, item.id, switches))),
    findEmptySpace: (area) => meter.call('findEmptySpace', () => findEmptySpace(store, area)),
    ...createAppData(core),
    storage: { collection: (name) => createCollection(core, name) },
    ...createStandInTimer(core, features),
    viewport: createViewport(core),
    notifications: {
      showInfo: (message) => meter.call('notifications.showInfo', () => inspect.notify('info', message)),
      showError: (message) => meter.call('notifications.showError', () => inspect.notify('error', message)),
    },
    ui: {
      on: (event, handler) =>
        void (handlers.get(event) ?? handlers.set(event, new Set()).get(event))?.add(handler),
      off: (event, handler) => void handlers.get(event)?.delete(handler),
    },
  };
}
