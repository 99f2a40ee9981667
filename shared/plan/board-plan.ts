import type { Locale } from '../i18n/locale.ts';
import type { StickyColor } from '../templates/sticky-colors.ts';
import type { ZoneMinutes } from '../templates/template-schema.ts';

/**
 * A board plan: what a template becomes on a board, as flat records.
 *
 * Coordinates, once for all: `x`, `y` are the item's TOP-LEFT corner in ABSOLUTE board units
 * (y grows downward), even for children of a frame. Only the Miro adapter converts to Miro's
 * centre and frame-relative coordinates.
 */
export const boardPlanVersion = 1;

export type PlanItemKind = 'frame' | 'shape' | 'text' | 'sticky';

/** What an item is for; harvest tells zones and generated notes from participants' notes by it. */
export type PlanRole =
  | 'frame'
  | 'title'
  | 'instruction'
  | 'zone'
  | 'label'
  | 'card'
  | 'node'
  | 'seed'
  /** A note seeded from `LayoutOptions.notes` (someone's own content): harvested like participants' notes. */
  | 'note';

export interface PlanMeta {
  role: PlanRole;
  /** Set on zone shapes: stickies lying on this shape belong to this zone of the template. */
  zoneId?: string;
  /** Set on zone shapes: the zone's title as drawn; the board record keeps it for the harvest. */
  title?: string;
  /** Set on zones where minutes are born, so a harvest can put decisions and actions first. */
  minutes?: ZoneMinutes;
  /** Set on zones participants assess with dots (a dot vote): the harvest counts dots per zone. */
  vote?: true;
  /** Set on a participant's own copy of a zone: the zone's title without the participant. */
  personal?: string;
  /** In a session plan: the running-order block this item belongs to (agenda rows and block frames). */
  blockId?: string;
  /** In a session plan: the template a block frame's items come from. */
  templateId?: string;
  /** In a session plan: which copy of an individual exercise (1, 2, …), when a block has copies. */
  copy?: number;
}

export interface FrameProps {
  title: string;
  /** Hex fill, e.g. `#ffffff`. */
  fillColor: string;
}

export interface ShapeProps {
  shape: 'rectangle' | 'round_rectangle' | 'rhombus' | 'circle';
  /** Plain text (not HTML): the adapter escapes it. Lines separated by `\n`. */
  text: string;
  fillColor: string;
  borderColor: string;
  fontSize: number;
  textAlign: 'left' | 'center';
  textAlignVertical: 'top' | 'middle';
}

export interface TextProps {
  text: string;
  fontSize: number;
  bold?: boolean;
}

export interface StickyProps {
  text: string;
  color: StickyColor;
  shape: 'square' | 'rectangle';
}

interface PlanItemBase<K extends PlanItemKind, P> {
  id: string;
  kind: K;
  /** The frame this item lies in; null only for frames. */
  parentId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  props: P;
  meta: PlanMeta;
}

export type FrameItem = PlanItemBase<'frame', FrameProps>;
export type ShapeItem = PlanItemBase<'shape', ShapeProps>;
export type TextItem = PlanItemBase<'text', TextProps>;
export type StickyItem = PlanItemBase<'sticky', StickyProps>;
export type PlanItem = FrameItem | ShapeItem | TextItem | StickyItem;

export interface PlanConnector {
  id: string;
  kind: 'connector';
  fromId: string;
  toId: string;
  /**
   * `captionPosition`: where along the line the caption sits, 0 (start) to 1 (end); 0.5 when absent.
   * `toPosition`: where the line ends on the `toId` item, as fractions of its box (Miro's connector
   * end `position`, 0..1 from the top-left); the nearest side's middle when absent.
   */
  props: {
    shape: 'straight' | 'elbowed' | 'curved';
    caption?: string;
    captionPosition?: number;
    toPosition?: { x: number; y: number };
  };
}

export interface BoardPlan {
  planVersion: typeof boardPlanVersion;
  templateId: string;
  templateVersion: number;
  locale: Locale;
  title: string;
  /** Frames first, then their children in reading order. */
  items: PlanItem[];
  connectors: PlanConnector[];
}

export interface LayoutOptions {
  locale: Locale;
  /** The network's name, shown in the frame title. */
  network?: string;
  /** The theme title; seeds zones marked `seed: 'theme'`. */
  theme?: string;
  /** For templates that scale with the group (per-participant zones, the presentation round). */
  participants?: number;
  /**
   * Notes to put in zones as sticky notes, by zone id (a matrix cell's is `row.column`, a participant's
   * copy `zone-n`): plain text, one sticky each, after the zone's seed; zones grow to hold them.
   */
  notes?: Readonly<Record<string, readonly string[]>>;
  /** Meeting start `HH:MM` for agenda clock times; without it times are relative (`0:00`). */
  startTime?: string;
  /** The meeting's length in minutes for agenda sections (default 90); the presentation round is timed to fit. */
  meetingMinutes?: number;
  /** Put the agenda's guest-speaker item on the board (only when the members asked for one). */
  guestSpeaker?: boolean;
  /** Top-left corner of the frame, board units. Default 0,0. */
  origin?: { x: number; y: number };
  /** Id factory, injected so plans are deterministic. Default: `${prefix}-${n}` counters. */
  createId?: (kind: PlanItemKind | 'connector') => string;
}

/**
 * Longest text a plan holds, in plain characters (`clampPlanText`): the core's rule for every board
 * format. Each adapter encodes within its own limits (Miro's content HTML: `miro-app/src/board/`).
 */
export const maxPlanTextLength = 6_000;
export const layoutLimits = {
  participants: { min: 1, max: 40 },
  meetingMinutes: { min: 15, max: 480 },
} as const;
