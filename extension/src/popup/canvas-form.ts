import type { Locale } from '../../../shared/index.ts';
import type { SaveStatus } from '../pages/create-autosaver.ts';
import type { PagesTranslate } from '../pages/pages-translator.ts';
import { themeCanvasFields } from '../pages/theme-canvas-fields.ts';
import { storageLimits } from '../storage/storage-limits.ts';
import type { DraftSession } from './draft-session.ts';
import { element } from './element.ts';

export interface CanvasForm {
  element: HTMLFormElement;
  /** Where the export buttons go once their code has loaded. */
  exportSlot: HTMLElement;
  relabel(locale: Locale, t: PagesTranslate): void;
}

const statusKeys = { saving: 'saving', saved: 'saved', error: 'saveFailed' } as const;

function statusText(status: SaveStatus, error: string | undefined, t: PagesTranslate): string {
  return status === 'idle' ? '' : t(statusKeys[status], { error: error ?? '' });
}

/**
 * The theme canvas as a form in plain DOM: the popup's first tab, usable before React loads. It
 * never re-renders what the user is typing: a field is written only when the draft holds something
 * else (another draft opened, or a tab such as Decide filled it in).
 */
export function createCanvasForm(session: DraftSession, locale: Locale, t: PagesTranslate): CanvasForm {
  const intro = element('p', { class: 'hint' });
  const newDraft = element('button', { type: 'button', class: 'secondary' });
  newDraft.addEventListener('click', () => void session.create());
  const status = element('p', {
    class: 'save-status save-status--idle',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'save-status',
  });
  const short = (name: 'themeTitle' | 'networkName') => {
    const label = element('span', { class: 'field__label' });
    const input = element('input', { name, maxlength: storageLimits.shortText });
    return { label, input, wrapper: element('label', { class: 'field' }, label, input) };
  };
  const title = short('themeTitle');
  const network = short('networkName');
  const fields = themeCanvasFields(locale).map((field) => {
    const label = element('label', { class: 'field__label', for: `field-${field.id}` });
    const hint = element('p', { class: 'field__hint', id: `hint-${field.id}` });
    const input = element('textarea', {
      id: `field-${field.id}`,
      name: field.id,
      rows: 3,
      'aria-describedby': `hint-${field.id}`,
      maxlength: storageLimits.fieldText,
    });
    return {
      id: field.id,
      label,
      hint,
      input,
      wrapper: element('div', { class: 'field' }, label, hint, input),
    };
  });
  const exportSlot = element('div');
  const form = element(
    'form',
    { class: 'canvas-form' },
    element('div', { class: 'canvas-form__bar' }, intro, newDraft),
    status,
    title.wrapper,
    network.wrapper,
    ...fields.map((field) => field.wrapper),
    exportSlot,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (target === title.input) session.update({ themeTitle: target.value });
    else if (target === network.input) session.update({ networkName: target.value });
    else if (target.name) session.update({ fields: { [target.name]: target.value } });
  });

  let translate = t;
  const write = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    if (input.value !== value) input.value = value;
  };
  const render = () => {
    const { draft, status: saving, error } = session.state();
    const disabled = draft === null;
    form.setAttribute('aria-busy', String(disabled));
    for (const input of [newDraft, title.input, network.input, ...fields.map((field) => field.input)])
      input.disabled = disabled;
    write(title.input, draft?.themeTitle ?? '');
    write(network.input, draft?.networkName ?? '');
    for (const field of fields) write(field.input, draft?.fields[field.id] ?? '');
    status.className = `save-status save-status--${saving}`;
    status.textContent = statusText(saving, error, translate);
  };
  const relabel = (next: Locale, nextT: PagesTranslate) => {
    translate = nextT;
    intro.textContent = nextT('canvasIntro');
    newDraft.textContent = nextT('newDraft');
    title.label.textContent = nextT('themeTitle');
    network.label.textContent = nextT('networkName');
    const texts = new Map(themeCanvasFields(next).map((field) => [field.id, field]));
    for (const field of fields) {
      field.label.textContent = texts.get(field.id)?.title ?? '';
      field.hint.textContent = texts.get(field.id)?.prompt ?? '';
    }
    render();
  };
  relabel(locale, t);
  session.subscribe(render);
  return { element: form, exportSlot, relabel };
}
