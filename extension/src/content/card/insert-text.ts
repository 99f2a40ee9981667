import { fieldText } from '../dom/dom-helpers.ts';

export type InsertOutcome = 'inserted' | 'copied' | 'failed';

/**
 * Writes text at the end of a host's field the way typing would (focus, `insertText`, input
 * events), then checks the host kept it; if not, puts the text on the clipboard. Call only from
 * the user's click: hosts and browsers treat script-driven edits with suspicion otherwise.
 */
export async function insertIntoField(field: HTMLElement | null, text: string): Promise<InsertOutcome> {
  if (field?.isConnected) {
    const probe = firstLine(text);
    writeAtEnd(field, text);
    // Hosts (React, Lexical) may re-render the field on the next tasks and drop what they did not see.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (normalise(fieldText(field)).includes(probe)) return 'inserted';
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

function writeAtEnd(field: HTMLElement, text: string): void {
  const doc = field.ownerDocument;
  field.focus();
  const isTextControl = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
  const separator = fieldText(field).trim() === '' ? '' : '\n\n';
  if (isTextControl) field.setSelectionRange(field.value.length, field.value.length);
  else caretToEnd(field);
  const done =
    typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, separator + text);
  if (done) return;
  // No execCommand (or the host refused it): write directly and announce it as user input.
  if (isTextControl) field.setRangeText(separator + text, field.value.length, field.value.length, 'end');
  else field.append(doc.createTextNode(separator + text));
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function caretToEnd(field: HTMLElement): void {
  const selection = field.ownerDocument.getSelection();
  if (!selection) return;
  const range = field.ownerDocument.createRange();
  range.selectNodeContents(field);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function firstLine(text: string): string {
  return normalise(text.split('\n').find((line) => line.trim() !== '') ?? text);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
