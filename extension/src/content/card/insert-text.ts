import { fieldText } from '../dom/dom-helpers.ts';
import { findAgendaLines, findAgendaRange } from './agenda-block.ts';

export type InsertOutcome = 'inserted' | 'replaced' | 'copied' | 'failed';

/**
 * Writes an agenda into a host's field the way typing would (focus, `insertText`, input events):
 * over the agenda inserted before when the field has one (found by its mark), else at the end.
 * Then checks the host kept it; if not, puts the text on the clipboard. Call only from the user's
 * click: hosts and browsers treat script-driven edits with suspicion otherwise.
 */
export async function insertIntoField(field: HTMLElement | null, text: string): Promise<InsertOutcome> {
  if (field?.isConnected) {
    const probe = firstLine(text);
    const replaced = replaceAgenda(field, text);
    if (!replaced) writeAtEnd(field, text);
    // Hosts (React, Lexical) may re-render the field on the next tasks and drop what they did not see.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (normalise(fieldText(field)).includes(probe)) return replaced ? 'replaced' : 'inserted';
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

function replaceAgenda(field: HTMLElement, text: string): boolean {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const range = findAgendaRange(field.value);
    if (!range) return false;
    field.focus();
    field.setSelectionRange(range.start, range.end);
    write(field, text, () => field.setRangeText(text, range.start, range.end, 'end'));
    return true;
  }
  const range = agendaDomRange(field);
  if (!range) return false;
  field.focus();
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  write(field, text, () => {
    range.deleteContents();
    range.insertNode(field.ownerDocument.createTextNode(text));
  });
  return true;
}

/**
 * The DOM range of the earlier agenda in an editor. Lines are read per text node (each typed line
 * becomes its own node, whatever element the host wraps it in) and split at line breaks within one.
 */
function agendaDomRange(field: HTMLElement): Range | undefined {
  const doc = field.ownerDocument;
  const walker = doc.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  const lines: { node: Text; start: number; text: string }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let start = 0;
    for (const text of node.data.split('\n')) {
      lines.push({ node, start, text });
      start += text.length + 1;
    }
  }
  const found = findAgendaLines(lines.map((line) => line.text));
  const first = found && lines[found.first];
  const last = found && lines[found.last];
  if (!first || !last) return undefined;
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.start + last.text.length);
  return range;
}

function writeAtEnd(field: HTMLElement, text: string): void {
  field.focus();
  const isTextControl = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
  const separator = fieldText(field).trim() === '' ? '' : '\n\n';
  if (isTextControl) field.setSelectionRange(field.value.length, field.value.length);
  else caretToEnd(field);
  write(field, separator + text, () => {
    if (isTextControl) field.setRangeText(separator + text, field.value.length, field.value.length, 'end');
    else field.append(field.ownerDocument.createTextNode(separator + text));
  });
}

/** Types `text` over the selection; without execCommand (or refused by the host), `fallback` writes it directly. */
function write(field: HTMLElement, text: string, fallback: () => void): void {
  const doc = field.ownerDocument;
  const done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (done) return;
  fallback();
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
