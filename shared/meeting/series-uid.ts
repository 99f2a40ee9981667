import { fnv1aHex } from '../text/fnv1a.ts';
/** What a calendar series is, apart from when and in which language: the network's, of one kind. */
export interface IcsSeries {
  /** What the series is, e.g. `network-meetings` or `session:unfold-the-theme`; never translated. */
  kind: string;
  /** The network's name as the user typed it; case and spacing do not make another series. */
  network?: string;
}

/**
 * A UID that names the series (its network and kind), not its start, language or length: exporting it
 * again after moving the start or changing the language updates the same series in the calendar,
 * and another network's series gets another UID. A 64-bit FNV-1a hash.
 */
export function seriesUid(series: IcsSeries): string {
  const network = (series.network ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return hashUid(`${series.kind}\n${network}`);
}

/**
 * Without a known series (a draft typed into a calendar page): a repeating event is named by its title,
 * as the user wrote it, so moving it updates it; a one-off event by its title and start.
 */
export function draftUid(title: string, startMs: number, repeats: boolean): string {
  const name = title.normalize('NFC').trim();
  return hashUid(repeats ? `${name}\nrepeating` : `${name}\n${new Date(startMs).toISOString()}`);
}

/** The day the SEQUENCE counts from; before it, every export is 0. */
const sequenceEpochMs = Date.UTC(2026, 0, 1);

/**
 * The SEQUENCE of an export: minutes since a fixed day, so every later export of a series carries a
 * higher number and calendars (Outlook, Google) apply it as an update. Fits RFC 5545's integer until 6100.
 */
export function icsSequence(now: Date): number {
  const minutes = Math.floor((now.getTime() - sequenceEpochMs) / 60_000);
  return Number.isFinite(minutes) ? Math.max(0, minutes) : 0;
}

function hashUid(text: string): string {
  return `netverk-${fnv1aHex(text, 0x811c9dc5)}${fnv1aHex(text, 0x01000193)}@netverk`;
}
