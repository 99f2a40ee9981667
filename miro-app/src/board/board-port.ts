import type {
  AppData,
  AppDataValue,
  BoardFeature,
  Connector,
  ConnectorProps,
  Frame,
  FrameProps,
  Json,
  Rect,
  Shape,
  ShapeProps,
  StickyNote,
  StickyNoteProps,
  Text,
  TextProps,
  TimerEvent,
  TimerEventType,
  TimerInstance,
} from '@mirohq/websdk-types';

/**
 * The narrow board port: the subset of `miro.board` the app uses, typed from `@mirohq/websdk-types`.
 * Production passes the real board through `createMiroBoardPort`; tests and the local preview pass the
 * stand-in. Coordinates are Miro's: `x`, `y` are centres; children of a frame are relative to its top-left.
 */

/** An SDK item's data fields, without its methods (and without the class's protected context). */
export type ItemFields<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

export interface PortItemMethods {
  /** Writes changed fields back to the board (50 credits). */
  sync(): Promise<void>;
  /** One key of the app's item metadata (`undefined` when unset). */
  getMetadata(key: string): Promise<AppDataValue | undefined>;
  /** At most 256 bytes of metadata per item, all keys together. */
  setMetadata(key: string, value: AppDataValue): Promise<AppData>;
}

export type PortStickyNote = ItemFields<StickyNote> & PortItemMethods;
export type PortShape = ItemFields<Shape> & PortItemMethods;
export type PortText = ItemFields<Text> & PortItemMethods;
export type PortConnector = ItemFields<Connector> & PortItemMethods;
export type PortFrame = ItemFields<Frame> &
  PortItemMethods & {
    /** Makes `item` a child: its `x`, `y` become relative to the frame's top-left corner. */
    add<T extends PortItem>(item: T): Promise<T>;
  };

/** The item types the app creates and reads; `get` is only ever asked for these. */
export type PortItem = PortStickyNote | PortShape | PortText | PortFrame | PortConnector;
export type PortItemType = PortItem['type'];

export type PortItemFilter = { type: PortItemType | PortItemType[] } | { id: string | string[] };

/** `board.storage.collection(name)`: JSON values by key, shared by every user of the app on the board. */
export interface PortCollection {
  set(key: string, value: Json): Promise<void>;
  get(key: string): Promise<Json | undefined>;
  remove(key: string): Promise<void>;
}

export type PortItemsEvent = 'items:create' | 'items:delete';
export type PortItemsHandler = (event: { items: PortItem[] }) => void;

/**
 * `board.timer`: Miro's one board-wide timer, on paid plans only (check `canUse('timer')`). Durations are
 * milliseconds and must be greater than 0; every call answers with the timer's state after it.
 */
export interface PortTimer {
  get(): Promise<TimerInstance>;
  /** Undocumented on a running timer: guard every start with `isStarted()`, as Miro's own sample does. */
  start(durationMs: number): Promise<TimerInstance>;
  stop(): Promise<TimerInstance>;
  pause(): Promise<TimerInstance>;
  resume(): Promise<TimerInstance>;
  /** Adds `durationMs` to a started or paused timer. */
  prolong(durationMs: number): Promise<TimerInstance>;
  isStarted(): Promise<boolean>;
  /** `start`; `update` is a status change (started, paused, stopped), not a tick; `finish` at 0. */
  on(event: TimerEventType, handler: (event: TimerEvent) => void): void | Promise<void>;
  off(event: TimerEventType, handler: (event: TimerEvent) => void): void | Promise<void>;
}

export interface BoardPort {
  createFrame(props: FrameProps): Promise<PortFrame>;
  createShape(props: ShapeProps): Promise<PortShape>;
  createText(props: TextProps): Promise<PortText>;
  createStickyNote(props: StickyNoteProps): Promise<PortStickyNote>;
  /** Both ends must exist; removing an end removes the connector. */
  createConnector(props: ConnectorProps): Promise<PortConnector>;
  /** Every matching item, children of frames included (about 500 credits a call [unverified]). */
  get(filter: PortItemFilter): Promise<PortItem[]>;
  /** Rejects when no item has this id. */
  getById(id: string): Promise<PortItem>;
  remove(item: { readonly id: string }): Promise<void>;
  /** A free area of this size near `x`, `y` (centres, like items [unverified]). */
  findEmptySpace(area: Rect & { offset?: number }): Promise<Rect>;
  /** Board app data: at most 512 bytes for all keys together. */
  getAppData(key: string): Promise<AppDataValue | undefined>;
  setAppData(key: string, value: AppDataValue): Promise<AppData>;
  readonly storage: { collection(name: string): PortCollection };
  /** Whether this board's plan has the feature (`'timer'` needs a paid plan). */
  canUse(feature: BoardFeature): Promise<boolean>;
  readonly timer: PortTimer;
  /** `get` gives the visible area with `x`, `y` at its top-left corner [unverified]. */
  readonly viewport: { get(): Promise<Rect>; zoomTo(items: PortItem | PortItem[]): Promise<void> };
  readonly notifications: {
    showInfo(message: string): Promise<void>;
    showError(message: string): Promise<void>;
  };
  readonly ui: {
    on(event: PortItemsEvent, handler: PortItemsHandler): void | Promise<void>;
    off(event: PortItemsEvent, handler: PortItemsHandler): void | Promise<void>;
  };
}
