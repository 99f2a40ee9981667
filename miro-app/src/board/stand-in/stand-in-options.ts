import type { BoardFeature, Rect } from '@mirohq/websdk-types';
import type { BoardClock } from '../board-clock.ts';
import type { CreditWindow } from '../credit-ledger.ts';

export type FaultKind = 'transient' | 'permanent';

/** Failure injection: by rate (seeded, so a run repeats exactly) or on the Nth faultable call. */
export interface StandInFaults {
  transientRate?: number;
  permanentRate?: number;
  /** Seed of the fault RNG; default 1. */
  seed?: number;
  /** Fail these faultable calls, counted from 1: `{ 7: 'permanent' }`. */
  onCall?: Readonly<Record<number, FaultKind>>;
  /** Methods that may fail (names as in `stats().byMethod`); default every write. */
  methods?: readonly string[];
  /** [unverified] 'before': a failed call had no effect (default); 'after': it took effect, then failed. */
  timing?: 'before' | 'after';
}

/** Behaviours nothing authoritative confirms, as switches; defaults are the strict or simple reading. */
export interface StandInSwitches {
  /** Items created inside a frame's bounds become its children without `frame.add` (default false). */
  autoParentOnCreate: boolean;
  /** Frames reject item metadata, as one third-party report says (default false). */
  frameRejectsMetadata: boolean;
  /** Removing a frame removes its children; otherwise they stay, unparented (default false). */
  removeFrameRemovesChildren: boolean;
  /** `frame.add` rejects an item whose centre lies outside the frame (default true). */
  addRequiresInside: boolean;
  /** Largest storage value, JSON in UTF-8 bytes (default no limit). */
  storageValueMaxBytes: number;
  /** Credits a `get` costs (default 500). */
  getCredits: number;
}

export interface StandInOptions {
  /** Latency of every call in ms (default 0), or per method. */
  latencyMs?: number | ((method: string) => number);
  /** Time for latency and the rate limit; default real time. */
  clock?: BoardClock;
  faults?: StandInFaults;
  /** Rate-limit windows; default Miro's 100,000 credits a minute and 1,000,000 an hour. */
  creditWindows?: readonly CreditWindow[];
  switches?: Partial<StandInSwitches>;
  /** The visible area, top-left corner and size; default 1600×900 around the origin. */
  viewport?: Rect;
  /** What the board's plan allows (`canUse`); default every feature. `{ timer: false }` is a free plan. */
  features?: Partial<Record<BoardFeature, boolean>>;
  /** User id written to `createdBy`. */
  user?: string;
  /**
   * The tab closes as this call (counted from 1) is made, as when a facilitator closes it mid-way:
   * that call and every call still under way reach the board and take effect, none of them answers,
   * and no later call reaches the board. `inspect.reopen()` is the same board in a new tab.
   */
  closeAtCall?: number;
}

export const defaultSwitches: StandInSwitches = {
  autoParentOnCreate: false,
  frameRejectsMetadata: false,
  removeFrameRemovesChildren: false,
  addRequiresInside: true,
  storageValueMaxBytes: Number.POSITIVE_INFINITY,
  getCredits: 500,
};

/** Calls that change the board: the default targets of injected faults. */
export const writeMethods: readonly string[] = [
  'createFrame',
  'createShape',
  'createText',
  'createStickyNote',
  'createConnector',
  'remove',
  'setAppData',
  'storage.set',
  'storage.remove',
  'item.sync',
  'item.setMetadata',
  'frame.add',
  'timer.start',
  'timer.stop',
  'timer.pause',
  'timer.resume',
  'timer.prolong',
];

/** Calls that only read: what the harvest's read budget counts. */
export const readMethods: readonly string[] = [
  'get',
  'getById',
  'getAppData',
  'storage.get',
  'item.getMetadata',
  'viewport.get',
  'timer.get',
  'timer.isStarted',
  'canUse',
];
