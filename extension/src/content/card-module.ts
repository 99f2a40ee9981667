import type { Locale, MeetingDraft } from '../../../shared/index.ts';
import type { MeetingForm, PromptDismissals } from '../meeting-form/meeting-form.ts';
import type { RuntimeRequest, RuntimeRequestType, RuntimeResponse } from './runtime-messages.ts';

/**
 * The card bundle's contract. The matcher (content-main) stays small; the service worker injects
 * the card bundle into the same isolated world on first need, and it registers itself on
 * `globalThis.netverkCard` (invisible to the page, which lives in another world).
 */
export interface CardModule {
  showMeetingCard(options: MeetingCardOptions): MeetingCardHandle;
  showThemeChecklist(options: ThemeChecklistOptions): CardHandle;
}

export interface CardBaseOptions {
  doc: Document;
  locale: Locale;
  send<T extends RuntimeRequestType>(message: RuntimeRequest<T>): Promise<RuntimeResponse<T>>;
  /** The user closed the card. */
  onClose(): void;
}

/**
 * The meeting card depends on the host-neutral form and a dismissals store only, so the same card
 * runs on a calendar page (content script) and in Outlook's task pane (outlook-addin/).
 */
export interface MeetingCardOptions extends Omit<CardBaseOptions, 'send'> {
  now(): Date;
  /** Prompt or rule ids switched off for every meeting (options page or policy). */
  disabledPrompts: readonly string[];
  /** The user's extra workshop words (options page or policy); the core's built-in ones always count. */
  workshopKeywords?: readonly string[];
  form: MeetingForm;
  dismissals: PromptDismissals;
  /**
   * Where the card goes: absent, a fixed overlay on the page with a close button; an element (the
   * task pane's), inline in it, filling its width, with no close button (the host closes the pane).
   */
  container?: HTMLElement;
}

export interface ThemeChecklistOptions extends CardBaseOptions {
  /** The text the user last selected on the page, for "save to theme draft". */
  selection(): string;
}

export interface CardHandle {
  /** Whether the card's host element is still in the document (hosts may remove it). */
  isMounted(): boolean;
  remount(): void;
  destroy(): void;
}

export interface MeetingCardHandle extends CardHandle {
  /** Re-reads the prompts for the draft as it now stands; cheap when nothing changed. */
  update(draft: MeetingDraft, form: MeetingForm): void;
}

declare global {
  var netverkCard: CardModule | undefined;
}
