import type { MeetingPrompt, Translate } from '../../../../shared/index.ts';
import type { CardMessageKey } from '../card-messages.ts';

const severityKeys = { info: 'severityInfo', warning: 'severityWarning', error: 'severityError' } as const;

/** Fills the prompt list; every text goes in as textContent, never as markup. */
export function renderPromptList(
  doc: Document,
  list: HTMLUListElement,
  prompts: readonly MeetingPrompt[],
  t: Translate<CardMessageKey>,
  onDismiss: (prompt: MeetingPrompt) => void,
): void {
  const items = prompts.map((prompt) => {
    const item = doc.createElement('li');
    item.className = 'prompt';
    item.dataset.severity = prompt.severity;
    item.dataset.promptId = prompt.id;
    const severity = doc.createElement('span');
    severity.className = 'severity';
    severity.textContent = `${t(severityKeys[prompt.severity])}:`;
    const message = doc.createElement('span');
    message.textContent = prompt.message;
    const dismiss = doc.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = t('dismiss');
    dismiss.setAttribute('aria-label', t('dismissNamed', { message: prompt.message }));
    dismiss.addEventListener('click', () => onDismiss(prompt));
    const actions = doc.createElement('div');
    actions.className = 'actions';
    actions.append(dismiss);
    item.append(severity, message, actions);
    return item;
  });
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}
