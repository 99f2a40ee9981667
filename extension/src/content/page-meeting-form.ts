import type { MeetingDraft } from '../../../shared/index.ts';
import { insertIntoField } from './card/insert-text.ts';
import type { PageMeetingForm } from './meeting-form.ts';

/** What a page integration knows of its form; `pageMeetingForm` makes it a host-neutral MeetingForm. */
export interface PageFormParts {
  root: Element;
  readText(): { title: string; description: string };
  readDraft(now: Date): MeetingDraft;
  description(): HTMLElement | null;
  composeUrl?(draft: MeetingDraft): string;
}

/**
 * A page's event form as the card's MeetingForm: read from the DOM, and written the way typing would
 * (insertIntoField). A page offers no recurrence API: the card offers the .ics and the pre-filled event.
 */
export function pageMeetingForm(parts: PageFormParts): PageMeetingForm {
  return {
    ...parts,
    read: async (now) => parts.readDraft(now),
    writeBlock: (text) => insertIntoField(parts.description(), text),
  };
}
