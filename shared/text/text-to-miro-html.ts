/** The characters Miro's content HTML needs escaped; CR too, because an HTML parser would fold it into LF. */
const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
};

/** Escapes plain text for HTML content, with no markup of its own. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"'\r]/g, (char) => escapes[char] ?? char);
}

/**
 * Turns what a person typed into Miro content HTML: one `<p>` per line (`\n`), all text escaped.
 * `miroHtmlToText` gives back exactly `text`; the empty string stays empty.
 */
export function textToMiroHtml(text: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtmlText(line)}</p>`)
    .join('');
}
