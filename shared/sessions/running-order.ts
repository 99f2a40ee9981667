import type { Locale } from '../i18n/locale.ts';
import type { ActivityKind, GroupMode } from './session-schema.ts';

/**
 * One block of a timed session. The running order is what the board, the print and the calendar
 * read, so they can never disagree about times, groups or notes.
 */
export interface RunningOrderEntry {
  blockId: string;
  /** Position in the running order, from 0. */
  index: number;
  kind: 'template' | 'activity';
  activity?: ActivityKind;
  /** The template laid out for a template block, and the sections chosen from it (all when absent). */
  templateId?: string;
  sections?: string[];
  title: string;
  /** Minutes after the session starts. */
  startMinute: number;
  minutes: number;
  endMinute: number;
  /** Local clock times `HH:MM`; only when a start is given. */
  clock?: string;
  endClock?: string;
  /** Groups working in parallel (1: the whole group together), and how many people each has. */
  groups: number;
  groupSize: { min: number; max: number };
  /** With groups: each takes some rows (`parts`) or each does the whole task on its own board (`whole`). */
  groupMode?: GroupMode;
  /** A presentation round held at the tables (above about 12 people), not in plenary. */
  atTables?: boolean;
  /** Copies of the block's board (individual exercises); 1 for most blocks. */
  copies: number;
  /** Minutes each person speaks in a presentation round. */
  perPersonMinutes?: number;
  /** The length the block would have had; present when it was shortened to fit. */
  plannedMinutes?: number;
  /** The shortest the block may become when the room runs late (its own length for the round). */
  leastMinutes: number;
  /** Facilitator notes: the lines timing adds (groups, copies, turns) first, then the session's own. */
  notes: string[];
  /** Just the lines timing adds (groups, copies, turns): the block's frame shows them to participants. */
  timingNotes: string[];
  /** What participants are asked to do: the timing lines, then the block's participant notes (board, invitation). */
  participantNotes: string[];
  /** The block's own participant notes replace the template's instructions on its board. */
  replacesInstructions: boolean;
  /** What "done" looks like. */
  output?: string;
  materials: string[];
}

/**
 * What to do when a session cannot fit its length: always possible. `shorten` names a block that can
 * give the minutes (never more than it has above 5); `round` is a method for the presentation round;
 * `lengthen` makes the event as long as the session needs.
 */
export interface ShortenAdvice {
  kind: 'shorten' | 'round' | 'lengthen';
  blockId?: string;
  title?: string;
  minutes: number;
}

/** A session timed for a group and a length: the single running order every consumer reads. */
export interface RunningOrder {
  sessionId: string;
  sessionVersion: number;
  locale: Locale;
  title: string;
  summary: string;
  about: string;
  participants: number;
  /** The length the session must fit. */
  availableMinutes: number;
  /** The sum of the blocks; equals `availableMinutes` when the session fits and nothing is left over. */
  totalMinutes: number;
  fits: boolean;
  /** Minutes left at the end when no block can take them. */
  spareMinutes: number;
  /** Start and end `HH:MM`, when a start is given, on the wall clock of `timeZone`. */
  clock?: string;
  endClock?: string;
  /** The event's IANA zone, when the start is an instant in it. */
  timeZone?: string;
  /** Start and end as ISO 8601 with the zone's offset at each, and the local date `YYYY-MM-DD`. */
  startIso?: string;
  endIso?: string;
  date?: string;
  network?: string;
  theme?: string;
  beforehand: string[];
  entries: RunningOrderEntry[];
  shorten?: ShortenAdvice;
  /** Localized lines for the facilitator: what to shorten, what was shortened, time left over. */
  warnings: string[];
}
