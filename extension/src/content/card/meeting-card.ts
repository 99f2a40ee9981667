import {
  createTranslator,
  isWorkshop,
  type MeetingDraft,
  type MeetingPrompt,
  safeFileName,
} from '../../../../shared/index.ts';
import { downloadFile } from '../../../../shared/ui/index.ts';
import type { MeetingForm } from '../../meeting-form/meeting-form.ts';
import { cardMessages } from '../card-messages.ts';
import type { MeetingCardHandle, MeetingCardOptions } from '../card-module.ts';
import { seriesKey } from '../dom/dom-helpers.ts';
import { createCardShell } from './card-shell.ts';
import { agendaTextFor, icsFor, promptsFor, withSuggestedFixes } from './meeting-core.ts';
import { renderPromptList } from './prompt-list.ts';
import { workshopMessages } from './workshop-messages.ts';
import { runningOrderText, withRunningOrder } from './workshop-plan.ts';
import { createWorkshopSection } from './workshop-section.ts';

/**
 * The meeting card: the core's prompts for the draft on the page, kept current, with the actions
 * insert agenda, download the series as .ics, open a pre-filled event, and dismiss per series. For a
 * workshop (by its title) it proposes a session's running order, which takes the agenda's place.
 */
export function showMeetingCard(options: MeetingCardOptions): MeetingCardHandle {
  const { doc, locale } = options;
  const t = createTranslator(cardMessages, locale);
  const tw = createTranslator(workshopMessages, locale);
  const shell = createCardShell(doc, {
    label: t('cardLabel'),
    closeLabel: t('close'),
    onClose: options.onClose,
    container: options.container,
  });
  const heading = el(doc, 'h2', t('cardHeading'));
  heading.tabIndex = -1;
  const list = doc.createElement('ul');
  const empty = el(doc, 'p', t('noPrompts'));
  // The prompts scroll; the heading and the main actions stay in view however many prompts there are.
  const scroller = doc.createElement('div');
  scroller.className = 'scroll';
  // The user picking another session or group size changes the file and the pre-filled event too.
  const workshop = createWorkshopSection(doc, locale, tw, () => render());
  scroller.append(workshop.element, list, empty);
  const status = el(doc, 'p', '');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const insert = actionButton(doc, 'insert-agenda', t('insertAgenda'));
  const insertOrder = actionButton(doc, 'insert-running-order', tw('insertRunningOrder'));
  const series = actionButton(doc, 'make-series', t('makeSeries'));
  series.classList.add('quiet');
  const ics = actionButton(doc, 'download-ics', t('downloadIcs'));
  ics.classList.add('quiet');
  const compose = doc.createElement('a');
  compose.className = 'action quiet';
  compose.target = '_blank';
  compose.rel = 'noopener noreferrer';
  compose.dataset.netverkAction = 'open-compose';
  compose.textContent = t('openCompose');
  const actions = doc.createElement('div');
  actions.className = 'actions main';
  actions.append(insertOrder, insert, series, ics, compose);
  shell.body.append(heading, scroller, actions, status);

  let draft: MeetingDraft = { title: '' };
  let form: MeetingForm = options.form;
  let prompts: MeetingPrompt[] = [];
  let dismissed: string[] = [];
  let seriesId = '';
  let lastKey = '';
  let workshopShown = false;

  /** What the .ics and the pre-filled event carry: the running order for a workshop, else the fixes. */
  const exportDraft = (): MeetingDraft => {
    const order = workshopShown ? workshop.order() : undefined;
    if (order) return withRunningOrder(withSuggestedFixes(draft, withoutAgendaFix(prompts)), order);
    return withSuggestedFixes(draft, prompts);
  };

  const render = (): void => {
    workshopShown = isWorkshop(draft.title, options.workshopKeywords ?? []);
    prompts = promptsFor(draft, locale, options.now(), [...options.disabledPrompts, ...dismissed]);
    // A workshop is one event with its own running order: no series, no meeting agenda, no guest.
    if (workshopShown) prompts = prompts.filter((prompt) => !isMeetingOnlyPrompt(prompt.id));
    renderPromptList(doc, list, prompts, t, dismiss);
    empty.hidden = prompts.length > 0;
    workshop.element.hidden = !workshopShown;
    if (workshopShown) workshop.update(draft);
    heading.textContent = workshopShown ? tw('workshopHeading') : t('cardHeading');
    ics.textContent = t(workshopShown ? 'downloadEvent' : 'downloadIcs');
    // One block of ours in the description: for a workshop it is the running order, not the agenda.
    insert.hidden = workshopShown;
    insertOrder.hidden = !workshopShown;
    insertOrder.disabled = workshopShown && !workshop.order();
    // A host with a recurrence API (Outlook, Mailbox 1.7) sets the series itself; elsewhere the .ics does.
    series.hidden = !form.setRecurrence || !recurrenceFix(prompts);
    const url = form.composeUrl?.(exportDraft());
    compose.hidden = !url;
    if (url) compose.href = url;
  };

  const dismiss = (prompt: MeetingPrompt): void => {
    dismissed = [...dismissed, prompt.id];
    render();
    heading.focus();
    void options.dismissals.add(seriesId, prompt.id).catch(() => undefined);
  };

  const loadDismissed = async (key: string): Promise<void> => {
    const ids = await options.dismissals.get(key).catch(() => []);
    if (key !== seriesId) return;
    dismissed = ids;
    render();
  };

  // The user may click before the debounced update ran: act on the form as it is now.
  const refresh = async (): Promise<void> => {
    const next = await form.read(options.now()).catch(() => undefined);
    if (next) handle.update(next, form);
  };

  insert.addEventListener('click', async () => {
    await refresh();
    const outcome = await form.writeBlock(agendaTextFor(draft, locale, prompts));
    // The prompts follow the agenda now in the description, without waiting for the page to settle.
    await refresh();
    status.textContent = t(outcomeKeys[outcome]);
  });
  insertOrder.addEventListener('click', async () => {
    await refresh();
    const order = workshop.order();
    if (!order) return;
    const outcome = await form.writeBlock(runningOrderText(order));
    await refresh();
    status.textContent = tw(orderOutcomeKeys[outcome]);
  });
  series.addEventListener('click', async () => {
    await refresh();
    const fix = recurrenceFix(prompts);
    const done =
      fix && form.setRecurrence ? await form.setRecurrence(fix.rrule, draft).catch(() => false) : false;
    await refresh();
    status.textContent = t(done ? 'seriesSet' : 'seriesFailed');
  });
  ics.addEventListener('click', async () => {
    await refresh();
    // The core's series UID: the same series exported again updates instead of duplicating.
    const file = icsFor(exportDraft(), { locale, now: options.now() });
    // The link lives inside the card's shadow root, so the page never sees it.
    const parent = shell.host.shadowRoot ?? undefined;
    const fileName = safeFileName(draft.title, 'ics', 'meeting');
    if (file.ok) downloadFile({ fileName, type: 'text/calendar', text: file.text }, parent);
    status.textContent = file.ok ? t('icsReady') : file.message;
  });

  const handle: MeetingCardHandle = {
    isMounted: shell.isMounted,
    remount: shell.remount,
    destroy: shell.destroy,
    update(next, nextForm) {
      form = nextForm;
      const key = JSON.stringify(next);
      if (key === lastKey) return;
      lastKey = key;
      draft = next;
      const nextSeries = seriesKey(next.title);
      if (nextSeries !== seriesId) {
        seriesId = nextSeries;
        dismissed = [];
        void loadDismissed(nextSeries);
      }
      render();
    },
  };
  return handle;
}

const outcomeKeys = {
  inserted: 'agendaInserted',
  replaced: 'agendaReplaced',
  copied: 'agendaCopied',
  failed: 'agendaFailed',
} as const;

const orderOutcomeKeys = {
  inserted: 'runningOrderInserted',
  replaced: 'runningOrderReplaced',
  copied: 'runningOrderCopied',
  failed: 'runningOrderFailed',
} as const;

/** The repeat rule the core suggests, when a prompt carries one. */
function recurrenceFix(prompts: readonly MeetingPrompt[]): { rrule: string } | undefined {
  for (const { fix } of prompts) if (fix?.kind === 'set-recurrence') return fix;
  return undefined;
}

/** The prompts without their agenda fix: a workshop's description gets the running order instead. */
function withoutAgendaFix(prompts: readonly MeetingPrompt[]): MeetingPrompt[] {
  return prompts.filter((prompt) => prompt.fix?.kind !== 'insert-agenda');
}

export function el(doc: Document, tag: string, text: string): HTMLElement {
  const node = doc.createElement(tag);
  node.textContent = text;
  return node;
}

function actionButton(doc: Document, action: string, label: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.netverkAction = action;
  button.textContent = label;
  return button;
}

// The prompts of a network meeting series that make no sense for a one-off workshop.
const meetingOnlyPrompts = ['fixed-rhythm', 'agenda', 'round-length', 'end-time-too-short'];

function isMeetingOnlyPrompt(id: string): boolean {
  return meetingOnlyPrompts.some((prefix) => id === prefix || id.startsWith(`${prefix}-`));
}
