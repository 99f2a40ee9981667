import { isLocale, type Locale } from '../i18n/locale.ts';
import { usualGroup } from '../meeting/usual-group.ts';
import { type LayoutOptions, layoutLimits, type PlanItemKind } from './board-plan.ts';
import { LayoutError } from './layout-error.ts';

/** Options with defaults applied and every value checked. */
export interface ResolvedLayoutOptions {
  locale: Locale;
  network?: string;
  theme?: string;
  participants: number;
  /** Seeded notes by zone id; empty when none. */
  notes: Readonly<Record<string, readonly string[]>>;
  startTime?: string;
  meetingMinutes?: number;
  guestSpeaker?: boolean;
  origin: { x: number; y: number };
  createId: (kind: PlanItemKind | 'connector') => string;
}

export const defaultParticipants = usualGroup;
/** Longest theme or network name the layout accepts, in characters. */
export const maxOptionTextLength = 500;
const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks `options` and fills defaults; throws LayoutError naming the first bad field. */
export function resolveLayoutOptions(options: LayoutOptions): ResolvedLayoutOptions {
  if (!isLocale(options.locale))
    throw new LayoutError('locale', `locale must be da, sv or en, not ${String(options.locale)}`);
  const network = optionText(options.network, 'network');
  const theme = optionText(options.theme, 'theme');
  return {
    locale: options.locale,
    ...(network !== undefined ? { network } : {}),
    ...(theme !== undefined ? { theme } : {}),
    participants: participantsOf(options.participants),
    notes: notesOf(options.notes),
    ...(options.startTime !== undefined ? { startTime: startTimeOf(options.startTime) } : {}),
    ...(options.meetingMinutes !== undefined
      ? { meetingMinutes: meetingMinutesOf(options.meetingMinutes) }
      : {}),
    ...(options.guestSpeaker !== undefined ? { guestSpeaker: options.guestSpeaker === true } : {}),
    origin: originOf(options.origin),
    createId: createIdOf(options.createId),
  };
}

function participantsOf(value: number | undefined): number {
  if (value === undefined) return defaultParticipants;
  const { min, max } = layoutLimits.participants;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new LayoutError(
      'participants',
      `participants must be a whole number from ${min} to ${max}, not ${value}`,
    );
  return value;
}

/** At most this many seeded notes in one plan: a board stays generable in a few minutes. */
export const maxSeededNotes = 1_000;

function notesOf(value: unknown): ResolvedLayoutOptions['notes'] {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new LayoutError('notes', 'notes must map zone ids to lists of texts');
  let count = 0;
  for (const [zoneId, texts] of Object.entries(value)) {
    if (!Array.isArray(texts) || texts.some((text) => typeof text !== 'string'))
      throw new LayoutError('notes', `notes.${zoneId} must be a list of texts`);
    count += texts.length;
  }
  if (count > maxSeededNotes)
    throw new LayoutError('notes', `notes must hold at most ${maxSeededNotes} texts, not ${count}`);
  // Blank texts would be empty stickies: nothing to seed.
  return Object.fromEntries(
    Object.entries(value as Record<string, string[]>).map(([id, texts]) => [
      id,
      texts.filter((t) => t.trim() !== ''),
    ]),
  );
}

function meetingMinutesOf(value: number): number {
  const { min, max } = layoutLimits.meetingMinutes;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new LayoutError(
      'meetingMinutes',
      `meetingMinutes must be a whole number from ${min} to ${max}, not ${value}`,
    );
  return value;
}

function startTimeOf(value: unknown): string {
  if (typeof value !== 'string' || !clockPattern.test(value))
    throw new LayoutError(
      'startTime',
      `startTime must be a clock time HH:MM (00:00–23:59), not "${String(value)}"`,
    );
  return value;
}

/** A blank theme or network counts as not given: there is nothing to show. */
function optionText(value: unknown, field: 'theme' | 'network'): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new LayoutError(field, `${field} must be text`);
  if (value.length > maxOptionTextLength)
    throw new LayoutError(
      field,
      `${field} must be at most ${maxOptionTextLength} characters, not ${value.length}`,
    );
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function originOf(value: LayoutOptions['origin']): { x: number; y: number } {
  if (value === undefined) return { x: 0, y: 0 };
  if (!Number.isFinite(value.x) || !Number.isFinite(value.y))
    throw new LayoutError('origin', `origin must have finite x and y, not ${value.x}, ${value.y}`);
  return { x: value.x, y: value.y };
}

function createIdOf(value: LayoutOptions['createId']): ResolvedLayoutOptions['createId'] {
  if (value !== undefined && typeof value !== 'function')
    throw new LayoutError('createId', 'createId must be a function');
  if (value) return value;
  // One counter per layout call: frame-1, text-2, shape-3, connector-4 …
  let counter = 0;
  return (kind) => {
    counter += 1;
    return `${kind}-${counter}`;
  };
}
