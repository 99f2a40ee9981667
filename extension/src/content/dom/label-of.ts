/** The words that label a form field, lower case: aria-label, labelledby, <label>, placeholder, name. */
export function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const parts = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('title')];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(doc.getElementById(id)?.textContent ?? null);
  }
  if (el.id) {
    for (const label of doc.querySelectorAll('label[for]')) {
      if (label.getAttribute('for') === el.id) parts.push(label.textContent);
    }
  }
  parts.push(el.closest('label')?.textContent ?? null, el.getAttribute('name'), el.id);
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/**
 * Whether a label holds one of the words: a word's start for long words (compounds such as
 * "mødetitel" aside, "starttid" starts with "start"), a whole word for short ones ("to", "dag").
 */
export function labelHas(label: string, words: readonly string[]): boolean {
  return words.some((word) => {
    const end = word.length < 4 ? '(?![\\p{L}])' : '';
    return new RegExp(`(?<![\\p{L}])${word}${end}`, 'u').test(label);
  });
}
