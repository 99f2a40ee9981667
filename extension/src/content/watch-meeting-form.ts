import { isNetworkMeeting, isWorkshop, type MeetingDraft } from '../../../shared/index.ts';
import type { MeetingCardHandle } from './card-module.ts';
import { watchDom } from './dom/watch-dom.ts';
import type { IntegrationContext } from './integration.ts';
import type { MeetingHost, PageMeetingForm } from './meeting-form.ts';
import { workerDismissals } from './worker-dismissals.ts';

/** Attributes whose change can show or hide a host's form (Google hides panels, never removes them). */
export const watchedAttributes = ['hidden', 'aria-hidden', 'style', 'open', 'data-viewfamily', 'aria-label'];

/** How often, at most, the form is read again while the page changes or the user types. */
export const settleMs = 150;

/**
 * Watches a calendar page for its event form and keeps the card in step with it: shown for network
 * meetings and workshops (or on the user's request), updated as the user types, re-mounted if the host removes
 * it, and removed with every listener and observer when `signal` aborts.
 */
export function watchMeetingForm(
  signal: AbortSignal,
  ctx: IntegrationContext,
  host: MeetingHost,
  doc: Document,
) {
  let card: MeetingCardHandle | undefined;
  let loading = false;
  let requested = false;
  let closedFor: Element | undefined;
  let form: PageMeetingForm | undefined;

  const tick = (): void => {
    if (signal.aborted) return;
    form = host.findForm(doc);
    if (form?.root !== closedFor) closedFor = undefined;
    // Title and description first: the whole form (dates and all) is read only for one of ours.
    const text = form?.readText();
    if (!form || !text || closedFor || !(requested || wantsCard(ctx, text))) {
      card?.destroy();
      card = undefined;
      return;
    }
    const draft = form.readDraft(ctx.now());
    if (card) {
      if (!card.isMounted()) card.remount();
      card.update(draft, form);
    } else if (!loading) {
      loading = true;
      void mount(form, draft);
    }
  };

  const mount = async (found: PageMeetingForm, draft: MeetingDraft): Promise<void> => {
    try {
      const module = await ctx.loadCard();
      if (signal.aborted) return;
      card = module.showMeetingCard({
        doc,
        locale: ctx.locale,
        now: () => ctx.now(),
        disabledPrompts: ctx.disabledPrompts,
        workshopKeywords: ctx.workshopKeywords ?? [],
        form: found,
        dismissals: workerDismissals(ctx.send),
        onClose: () => {
          closedFor = form?.root;
          requested = false;
          tick();
        },
      });
      card.update(draft, found);
    } catch (error) {
      console.warn('[netverk] card failed to load', error);
    } finally {
      loading = false;
    }
    // The form may have changed while the card loaded.
    tick();
  };

  const { poke: schedule } = watchDom(
    doc.documentElement,
    {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: watchedAttributes,
    },
    tick,
    settleMs,
    signal,
  );
  for (const type of ['input', 'change']) doc.addEventListener(type, schedule, { capture: true, signal });
  ctx.cardRequests.addEventListener(
    'show-card',
    () => {
      requested = true;
      closedFor = undefined;
      tick();
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      card?.destroy();
      card = undefined;
    },
    { once: true },
  );
  tick();
}

function wantsCard(ctx: IntegrationContext, text: { title: string; description: string }): boolean {
  return (
    ctx.promptsEnabled &&
    (isNetworkMeeting(text.title, text.description, ctx.keywords) ||
      isWorkshop(text.title, ctx.workshopKeywords ?? []))
  );
}
