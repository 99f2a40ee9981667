import { createTranslator, findTemplate, type Locale, pickText } from '../../../../shared/index.ts';
import { cardMessages } from '../card-messages.ts';
import type { CardHandle, ThemeChecklistOptions } from '../card-module.ts';
import { createCardShell } from './card-shell.ts';
import { el } from './meeting-card.ts';

interface Characteristic {
  id: string;
  title: string;
  question: string;
}

/** The seven characteristics as the core's template states them, in the user's language. */
export function characteristicsFor(locale: Locale): Characteristic[] {
  const template = findTemplate('seven-characteristics');
  for (const section of template?.sections ?? []) {
    if (section.kind !== 'matrix') continue;
    return section.rows.map((row) => ({
      id: row.id,
      title: pickText(row.title, locale),
      question: row.question ? pickText(row.question, locale) : '',
    }));
  }
  return [];
}

/**
 * The intranet checklist: the page's theme held up against the seven characteristics, each ticked
 * when clear, and the text the user selected on the page saved into a theme draft.
 */
export function showThemeChecklist(options: ThemeChecklistOptions): CardHandle {
  const { doc, locale } = options;
  const t = createTranslator(cardMessages, locale);
  const shell = createCardShell(doc, {
    label: t('checklistLabel'),
    closeLabel: t('close'),
    onClose: options.onClose,
  });
  const list = doc.createElement('ul');
  for (const item of characteristicsFor(locale)) {
    const li = doc.createElement('li');
    const title = el(doc, 'strong', item.title);
    const question = el(doc, 'p', item.question);
    question.className = 'question';
    const label = doc.createElement('label');
    label.className = 'check';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.name = item.id;
    label.append(box, doc.createTextNode(t('clearInTheme')));
    li.append(title, question, label);
    list.append(li);
  }
  const status = el(doc, 'p', '');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const save = doc.createElement('button');
  save.type = 'button';
  save.dataset.netverkAction = 'save-selection';
  save.textContent = t('saveSelection');
  save.addEventListener('click', async () => {
    const text = options.selection().trim();
    if (!text) {
      status.textContent = t('selectionEmpty');
      return;
    }
    const answer = await options
      .send({ type: 'netverk/save-theme-snippet', text, pageTitle: doc.title, url: doc.location?.href ?? '' })
      .catch(() => ({ ok: false, count: 0 }));
    status.textContent = answer.ok ? t('selectionSaved', { count: answer.count }) : t('saveFailed');
  });
  // As on the meeting card: the list scrolls, the heading and the save action stay in view.
  const scroller = doc.createElement('div');
  scroller.className = 'scroll';
  scroller.append(list);
  save.classList.add('main-action');
  shell.body.append(el(doc, 'h2', t('checklistHeading')), scroller, save, status);
  return { isMounted: shell.isMounted, remount: shell.remount, destroy: shell.destroy };
}
