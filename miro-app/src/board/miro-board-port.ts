import type { BaseItem, Board } from '@mirohq/websdk-types';
import type {
  BoardPort,
  PortConnector,
  PortFrame,
  PortItem,
  PortShape,
  PortStickyNote,
  PortText,
} from './board-port.ts';

/**
 * The real `miro.board` behind the port. The only file with casts: the SDK's item classes carry a
 * protected context, so plain objects (the stand-in's) cannot be typed as them, and vice versa.
 */
export function createMiroBoardPort(board: Board): BoardPort {
  const asItem = (item: { readonly id: string }) => item as unknown as BaseItem;
  return {
    createFrame: async (props) => (await board.createFrame(props)) as unknown as PortFrame,
    createShape: async (props) => (await board.createShape(props)) as unknown as PortShape,
    createText: async (props) => (await board.createText(props)) as unknown as PortText,
    createStickyNote: async (props) => (await board.createStickyNote(props)) as unknown as PortStickyNote,
    createConnector: async (props) => (await board.createConnector(props)) as unknown as PortConnector,
    get: async (filter) => (await board.get(filter)) as unknown as PortItem[],
    getById: async (id) => (await board.getById(id)) as unknown as PortItem,
    remove: (item) => board.remove(asItem(item)),
    findEmptySpace: (area) => board.findEmptySpace(area),
    getAppData: (key) => board.getAppData(key),
    setAppData: (key, value) => board.setAppData(key, value),
    storage: { collection: (name) => board.storage.collection(name) },
    canUse: (feature) => board.canUse(feature),
    timer: {
      get: () => board.timer.get(),
      start: (durationMs) => board.timer.start(durationMs),
      stop: () => board.timer.stop(),
      pause: () => board.timer.pause(),
      resume: () => board.timer.resume(),
      prolong: (durationMs) => board.timer.prolong(durationMs),
      isStarted: () => board.timer.isStarted(),
      on: (event, handler) => board.timer.on(event, handler),
      off: (event, handler) => board.timer.off(event, handler),
    },
    viewport: {
      get: () => board.viewport.get(),
      zoomTo: (items) => board.viewport.zoomTo(Array.isArray(items) ? items.map(asItem) : asItem(items)),
    },
    notifications: {
      showInfo: (message) => board.notifications.showInfo(message),
      showError: (message) => board.notifications.showError(message),
    },
    ui: {
      on: (event, handler) => board.ui.on(event, handler as unknown as () => void),
      off: (event, handler) => board.ui.off(event, handler as unknown as () => void),
    },
  };
}
