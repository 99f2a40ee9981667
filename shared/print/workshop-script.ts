import type { Locale } from '../i18n/locale.ts';
import type { BoardPlan } from '../plan/board-plan.ts';
import type { Paper } from '../plan/print-scale.ts';

/** How participants work in a block: all together, in groups, or each on their own. */
export type GroupSplit =
  | { kind: 'plenary' }
  | { kind: 'groups'; groups: number; minSize: number; maxSize: number }
  | { kind: 'individual' };

/** One line of the running order, texts already in the script's language. */
export interface ScriptRow {
  /** When the block starts and ends, `09:00` and `09:25` (or `0:00`, `0:25` from the start without a clock). */
  start?: string;
  end?: string;
  /** Planned length; omitted when the block has none. */
  minutes?: number;
  title: string;
  /** What the facilitator says and does, one paragraph each. */
  notes?: readonly string[];
  /** What to have ready in the room. */
  materials?: readonly string[];
  groups?: GroupSplit;
}

/** A board plan printed on one sheet of its own paper size. */
export interface ScriptPoster {
  plan: BoardPlan;
  paper: Paper;
}

/**
 * What a facilitator takes to the room: an A4 running order, then the posters. A session's timing
 * or a pack of templates is turned into this; `renderWorkshopPdf` prints it.
 */
export interface WorkshopScript {
  locale: Locale;
  title: string;
  /** One line under the title, e.g. the date, length and number of participants. */
  subtitle?: string;
  /** Short paragraphs under the title: what the session is, its source, timing warnings. */
  lead?: readonly string[];
  /** What participants bring or do before the day, listed before the running order. */
  beforehand?: { title: string; items: readonly string[] };
  /** The table's heading; the running order's by default. */
  heading?: string;
  rows: readonly ScriptRow[];
  /** The length of the whole, printed under the table: a session's, never a pack's separate templates'. */
  totalMinutes?: number;
  /** What to print and bring, after the running order: posters with their copies, then materials. */
  checklist?: { title: string; items: readonly string[] };
  posters: readonly ScriptPoster[];
  /** Written into the PDF's metadata; passed in, so the same script gives the same bytes. */
  createdAt: Date;
}
