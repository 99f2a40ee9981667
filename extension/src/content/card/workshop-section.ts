import {
  builtInSessions,
  createTranslator,
  type Locale,
  type MeetingDraft,
  type RunningOrder,
  renderRunningOrderText,
  sessionLimits,
  sessionMessages,
  type Translate,
} from '../../../../shared/index.ts';
import type { WorkshopMessageKey } from './workshop-messages.ts';
import { participantsFor, planWorkshop, proposedSessionId, type WorkshopProblem } from './workshop-plan.ts';

export interface WorkshopSection {
  element: HTMLElement;
  /** Re-times the session for the draft as it now stands. */
  update(draft: MeetingDraft): void;
  /** The running order shown, or undefined when the event's times allow none. */
  order(): RunningOrder | undefined;
}

const problemKeys = {
  'too-short': 'workshopTooShort',
  'too-long': 'workshopTooLong',
  'end-before-start': 'workshopEndBeforeStart',
} as const;

/**
 * The card's workshop part: the proposed built-in session (the user may pick another), the
 * participants, and the core's running order with clock times and its warnings (which block to
 * shorten). Every text goes in as textContent.
 */
export function createWorkshopSection(
  doc: Document,
  locale: Locale,
  t: Translate<WorkshopMessageKey>,
  onChange: () => void,
): WorkshopSection {
  const element = doc.createElement('section');
  element.className = 'workshop';
  element.setAttribute('aria-label', t('workshopHeading'));
  const intro = text(doc, 'p', t('workshopIntro'));
  const select = doc.createElement('select');
  select.dataset.netverkField = 'session';
  for (const session of builtInSessions) {
    const option = doc.createElement('option');
    option.value = session.id;
    option.textContent = session.title[locale];
    select.append(option);
  }
  const people = doc.createElement('input');
  people.type = 'number';
  people.inputMode = 'numeric';
  people.min = String(sessionLimits.participants.min);
  people.max = String(sessionLimits.participants.max);
  people.dataset.netverkField = 'participants';
  const fields = doc.createElement('div');
  fields.className = 'fields';
  fields.append(
    labelled(doc, t('sessionLabel'), select, 'netverk-session'),
    labelled(doc, t('participantsLabel'), people, 'netverk-participants'),
  );
  const caption = text(doc, 'p', '');
  caption.className = 'caption';
  const list = doc.createElement('ol');
  list.className = 'running-order';
  const note = text(doc, 'p', t('noClockTimes'));
  note.className = 'note';
  const warnings = doc.createElement('ul');
  warnings.className = 'warnings';
  const beforehand = text(doc, 'p', '');
  beforehand.className = 'note';
  element.append(intro, fields, caption, list, note, warnings, beforehand);

  let draft: MeetingDraft = { title: '' };
  let picked: string | undefined;
  let typedPeople: number | undefined;
  let current: RunningOrder | undefined;

  const render = (): void => {
    const sessionId = picked ?? proposedSessionId(draft);
    const participants = typedPeople ?? participantsFor(draft);
    select.value = sessionId;
    // Never overwrite the number while the user is typing it.
    if ((people.getRootNode() as Document | ShadowRoot).activeElement !== people)
      people.value = String(participants);
    const plan = planWorkshop(draft, { locale, sessionId, participants });
    current = plan.ok ? plan.order : undefined;
    if (!plan.ok) {
      renderProblem(plan.problem);
      return;
    }
    const order = plan.order;
    caption.textContent = t('runningOrderCaption', { count: order.totalMinutes, people: order.participants });
    const lines = renderRunningOrderText(order).split('\n').slice(1);
    list.replaceChildren(
      ...lines.map((line, i) => {
        const item = doc.createElement('li');
        item.dataset.blockId = order.entries[i]?.blockId ?? '';
        const cut = line.indexOf('  ');
        const time = text(doc, 'span', cut < 0 ? '' : line.slice(0, cut));
        time.className = 'time';
        item.append(time, doc.createTextNode(cut < 0 ? line : line.slice(cut + 2)));
        return item;
      }),
    );
    list.hidden = false;
    caption.hidden = false;
    note.hidden = order.clock !== undefined;
    warnings.replaceChildren(...order.warnings.map((line) => warningItem(doc, line)));
    warnings.hidden = order.warnings.length === 0;
    const ts = createTranslator(sessionMessages, locale);
    beforehand.textContent =
      order.beforehand.length > 0 ? `${ts('beforehandTitle')}: ${order.beforehand.join(' ')}` : '';
    beforehand.hidden = order.beforehand.length === 0;
  };

  const renderProblem = (problem: WorkshopProblem): void => {
    const message =
      problem.kind === 'core'
        ? problem.message
        : problem.kind === 'end-before-start'
          ? t(problemKeys[problem.kind])
          : t(problemKeys[problem.kind], { count: problem.minutes });
    caption.hidden = true;
    list.replaceChildren();
    list.hidden = true;
    note.hidden = true;
    beforehand.hidden = true;
    warnings.replaceChildren(warningItem(doc, message));
    warnings.hidden = false;
  };

  select.addEventListener('change', () => {
    picked = select.value;
    render();
    onChange();
  });
  people.addEventListener('input', () => {
    const value = Number(people.value);
    const { min, max } = sessionLimits.participants;
    if (people.value.trim() === '' || !Number.isInteger(value) || value < min || value > max) return;
    typedPeople = value;
    render();
    onChange();
  });

  return {
    element,
    update(next) {
      draft = next;
      render();
    },
    order: () => current,
  };
}

function text(doc: Document, tag: string, content: string): HTMLElement {
  const node = doc.createElement(tag);
  node.textContent = content;
  return node;
}

/** A label tied by id (ids are the shadow root's own), so the name is the label alone, not its value too. */
function labelled(doc: Document, label: string, control: HTMLElement, id: string): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.className = 'field';
  const tag = doc.createElement('label');
  tag.htmlFor = id;
  tag.textContent = label;
  control.id = id;
  wrapper.append(tag, control);
  return wrapper;
}

function warningItem(doc: Document, message: string): HTMLLIElement {
  const item = doc.createElement('li');
  item.dataset.severity = 'warning';
  item.textContent = message;
  return item;
}
