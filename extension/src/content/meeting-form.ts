import type { MeetingDraft } from '../../../shared/index.ts';
import type { MeetingForm } from '../meeting-form/meeting-form.ts';

/** An event form found on a host page: the host-neutral form plus what watching the page needs. */
export interface PageMeetingForm extends MeetingForm {
  /** The form's outermost element; when it leaves the document the form is gone. */
  root: Element;
  /**
   * Title and description only: the page watcher's cheap "is this one of ours?" check, with no
   * date parsing, so an ordinary event costs the page two field reads.
   */
  readText(): { title: string; description: string };
  /** The whole form read synchronously, once the event is one of ours. */
  readDraft(now: Date): MeetingDraft;
  /** The host's description editor, where an agenda goes; null when the form has none. */
  description(): HTMLElement | null;
}

/** How one calendar host shows its event form. */
export interface MeetingHost {
  findForm(doc: Document): PageMeetingForm | undefined;
}
