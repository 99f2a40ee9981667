import type { Locale } from '../../../shared/index.ts';
import { renderPopupMarkup } from './popup-markup.ts';

/**
 * Relabels the live popup in another language from a fresh rendering of its markup (the one
 * renderer, so the labels cannot drift): every `data-l10n` element takes the new text (when it
 * holds only text) and the new `aria-label`. Elements, listeners, focus and values stay.
 */
export function relabelPopup(root: HTMLElement, locale: Locale): void {
  const fresh = document.createElement('template');
  fresh.innerHTML = renderPopupMarkup(locale);
  const texts = new Map<string, Element>();
  for (const node of fresh.content.querySelectorAll('[data-l10n]'))
    texts.set(node.getAttribute('data-l10n') ?? '', node);
  for (const node of root.querySelectorAll('[data-l10n]')) {
    const source = texts.get(node.getAttribute('data-l10n') ?? '');
    if (!source) continue;
    if (source.childElementCount === 0) node.textContent = source.textContent;
    const label = source.getAttribute('aria-label');
    if (label !== null) node.setAttribute('aria-label', label);
  }
  root.querySelector('.popup')?.setAttribute('data-locale', locale);
}
