import type { MeetingDraft } from '../../../shared/index.ts';

/** An event form found on a host page, read fresh on every call (hosts re-render freely). */
export interface MeetingForm {
  /** The form's outermost element; when it leaves the document the form is gone. */
  root: Element;
  readDraft(now: Date): MeetingDraft;
  /** The host's description editor, where an agenda goes; null when the form has none. */
  description(): HTMLElement | null;
  /** A new event in this calendar, pre-filled by URL: the fallback that needs no DOM writing. */
  composeUrl?(draft: MeetingDraft): string;
}

/** How one calendar host shows its event form. */
export interface MeetingHost {
  findForm(doc: Document): MeetingForm | undefined;
}
