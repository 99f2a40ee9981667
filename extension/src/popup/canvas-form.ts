import type { SaveStatus } from '../pages/create-autosaver.ts';
import type { PagesTranslate } from '../pages/pages-translator.ts';
import type { DraftChange, DraftSession } from './draft-session.ts';

export interface CanvasForm {
  /** Where the export buttons go once their code has loaded. */
  exportSlot: HTMLElement;
  /** The language changed (the labels are relabelled from the markup): the save status follows. */
  retranslate(t: PagesTranslate): void;
}

const statusKeys = { saving: 'saving', saved: 'saved', error: 'saveFailed' } as const;

function statusText(status: SaveStatus, error: string | undefined, t: PagesTranslate): string {
  return status === 'idle' ? '' : t(statusKeys[status], { error: error ?? '' });
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A field's part of a draft change: the two short fields by name, the canvas's zones under `fields`. */
function changeOf(field: TextField): DraftChange {
  if (field.name === 'themeTitle') return { themeTitle: field.value };
  if (field.name === 'networkName') return { networkName: field.value };
  return { fields: { [field.name]: field.value } };
}

function merge(changes: readonly DraftChange[]): DraftChange | undefined {
  if (changes.length === 0) return undefined;
  const all: DraftChange = {};
  const fields: Record<string, string> = {};
  for (const change of changes) {
    Object.assign(all, change);
    Object.assign(fields, change.fields);
  }
  return { ...all, fields };
}

/**
 * Hydrates the theme canvas form, painted as empty markup before any script (popup-markup.ts): the
 * popup's first tab, usable before React loads. What the user typed before this ran stays in its
 * field and becomes the draft's value (applied as soon as there is a draft); otherwise the fields
 * are filled from the draft. It never re-renders what the user is typing: a field is written only
 * when the draft holds something else (another draft opened, or a tab such as Decide filled it in).
 */
export function hydrateCanvasForm(
  form: HTMLFormElement,
  session: DraftSession,
  t: PagesTranslate,
): CanvasForm {
  const newDraft = form.querySelector<HTMLButtonElement>('[data-action="new-draft"]');
  newDraft?.addEventListener('click', () => void session.create());
  const status = form.querySelector<HTMLElement>('[data-testid="save-status"]');
  const inputs = [...form.querySelectorAll<TextField>('input[name], textarea[name]')];
  const exportSlot = form.querySelector<HTMLElement>('[data-slot="export"]') ?? form;
  // The prerendered fields are empty: anything in one now was typed before the script ran.
  let typed = merge(inputs.filter((input) => input.value !== '').map(changeOf));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const target = event.target as TextField;
    if (target.name) session.update(changeOf(target));
  });

  let translate = t;
  const write = (input: TextField, value: string) => {
    if (input.value !== value) input.value = value;
  };
  const render = () => {
    const { draft, status: saving, error } = session.state();
    if (draft && typed) {
      const change = typed;
      typed = undefined;
      session.update(change);
      return; // The update renders again, with the typed text in the draft.
    }
    const disabled = draft === null;
    form.setAttribute('aria-busy', String(disabled));
    for (const input of [newDraft, ...inputs]) if (input) input.disabled = disabled;
    // Without a draft yet there is nothing to show, and what was typed must stay until there is one.
    if (draft)
      for (const input of inputs) {
        if (input.name === 'themeTitle') write(input, draft.themeTitle);
        else if (input.name === 'networkName') write(input, draft.networkName);
        else write(input, draft.fields[input.name] ?? '');
      }
    if (status) {
      status.className = `save-status save-status--${saving}`;
      status.textContent = statusText(saving, error, translate);
    }
  };
  session.subscribe(render);
  render();
  return {
    exportSlot,
    retranslate(nextT) {
      translate = nextT;
      render();
    },
  };
}
