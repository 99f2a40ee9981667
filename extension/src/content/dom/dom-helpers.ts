import { fnv1aHex } from '../../../../shared/index.ts';

/** Small DOM reads shared by the integrations; all tolerate missing elements. */

/** Whether an element is hidden by the host (Google hides panels instead of removing them). */
export function isHidden(el: Element): boolean {
  return (
    el.closest('[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]') !== null
  );
}

/** The first shown element matching `selector` under `root`. */
export function findShown<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T | undefined {
  for (const el of root.querySelectorAll<T>(selector)) if (!isHidden(el)) return el;
  return undefined;
}

/** The text a field holds: an input's value, or an editor's text with its line breaks. */
export function fieldText(el: Element | null | undefined): string {
  if (!el) return '';
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  ) {
    return el.value;
  }
  return editorText(el as HTMLElement);
}

/** An editor's text with its line breaks: innerText keeps the lines that textContent would glue together. */
export function editorText(el: HTMLElement): string {
  // innerText, not textContent: the rendered line breaks are the point here.
  const text = el.innerText;
  return typeof text === 'string' ? text : (el.textContent ?? '');
}

/** The text of the first shown match, trimmed; empty when none. */
export function shownText(root: ParentNode, selector: string): string {
  return fieldText(findShown(root, selector)).trim();
}

/** A stable key for a meeting series: FNV-1a of the normalised title, so no title is stored in clear. */
export function seriesKey(title: string): string {
  const text = title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `series-${fnv1aHex(text)}`;
}
