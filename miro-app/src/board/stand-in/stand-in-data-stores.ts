import type { AppData, AppDataValue, Json, Rect } from '@mirohq/websdk-types';
import type { BoardPort, PortCollection, PortItem } from '../board-port.ts';
import { miroLimits } from '../miro-limits.ts';
import { fail } from './fail.ts';
import { copyInput, type StandInCore } from './stand-in-core.ts';
import { absoluteBox, type Box, jsonBytes, requireItem } from './stand-in-store.ts';

/** `board.storage.collection(name)`: values by key; the size limit is a switch [unverified]. */
export function createCollection(core: StandInCore, name: string): PortCollection {
  const { store, meter, switches } = core;
  const values = () =>
    store.storage.get(name) ??
    store.storage.set(name, new Map<string, Json>()).get(name) ??
    new Map<string, Json>();
  return {
    set: (key, value) =>
      meter.call('storage.set', () => {
        if (jsonBytes(value) > switches.storageValueMaxBytes)
          fail(`Storage value exceeds the limit of ${switches.storageValueMaxBytes} bytes`);
        values().set(key, copyInput(value) as Json);
        // Records on the board change what a view of it shows (the preview's zones).
        core.emit(undefined, []);
      }),
    get: (key) => meter.call('storage.get', () => structuredClone(values().get(key))),
    remove: (key) =>
      meter.call('storage.remove', () => {
        values().delete(key);
        core.emit(undefined, []);
      }),
  };
}

/** Board app data: 512 bytes for all keys together. */
export function createAppData(core: StandInCore): Pick<BoardPort, 'getAppData' | 'setAppData'> {
  const { store, meter } = core;
  return {
    getAppData: (key) => meter.call('getAppData', () => structuredClone(store.appData[key])),
    setAppData: (key, value: AppDataValue) =>
      meter.call('setAppData', (): AppData => {
        const next = { ...store.appData, [key]: copyInput(value) as Json };
        if (jsonBytes(next) > miroLimits.appDataBytes)
          fail(`App data exceeds the limit of ${miroLimits.appDataBytes} bytes`);
        store.appData = next;
        return structuredClone(next);
      }),
  };
}

/** The viewport that shows every box with a margin, keeping the current aspect. */
function zoomedViewport(boxes: Box[], current: Rect): Rect {
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

/** `viewport.get` (top-left and size [unverified]) and `zoomTo`. */
export function createViewport(core: StandInCore): BoardPort['viewport'] {
  const { store, meter } = core;
  return {
    get: () => meter.call('viewport.get', () => ({ ...store.viewport })),
    zoomTo: (items) =>
      meter.call('viewport.zoomTo', () => {
        const ids = ([] as PortItem[]).concat(items).map((item) => item.id);
        const boxes = ids.map((id) => absoluteBox(store, requireItem(store, id).data));
        store.viewport = zoomedViewport(boxes, store.viewport);
        store.zoomedTo = ids;
        core.emit(undefined, []);
      }),
  };
}
