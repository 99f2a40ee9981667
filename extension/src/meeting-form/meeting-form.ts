import type { MeetingDraft } from '../../../shared/index.ts';

/** What writing Netverk's block into the body came to; the card words it for the user. */
export type BlockWriteOutcome = 'inserted' | 'replaced' | 'copied' | 'failed';

/**
 * The host-neutral meeting form the card works on, whatever shows it: a calendar page in the browser
 * (one integration per host under content/integrations/) or Outlook's appointment form through
 * Office.js (outlook-addin/office-meeting-form.ts). The card depends on this and nothing else of the host.
 */
export interface MeetingForm {
  /**
   * The form as it stands, read fresh (hosts change it freely): title, start, end, the user's time
   * zone, attendees, recurrence (an RRULE) and the body as plain text, as a draft for the core.
   * `now` resolves what a page shows relative to today ("Tomorrow").
   */
  read(now: Date): Promise<MeetingDraft>;
  /**
   * Writes Netverk's block (an agenda or a running order, marked by `markAgenda`) into the body in
   * one write: over the block Netverk wrote before when the body has one, else after the body's text.
   */
  writeBlock(text: string): Promise<BlockWriteOutcome>;
  /** Makes the meeting a series in the host itself; absent where the host cannot (the card offers the .ics). */
  setRecurrence?(rrule: string, draft: MeetingDraft): Promise<boolean>;
  /** A new event in this calendar, pre-filled by URL: the fallback that needs no writing. */
  composeUrl?(draft: MeetingDraft): string;
}

/** Where the card keeps the prompts a user dismissed for a series (a hash of its title). */
export interface PromptDismissals {
  get(series: string): Promise<string[]>;
  add(series: string, promptId: string): Promise<void>;
}
