import { escapeHtmlText } from '../../../shared/index.ts';

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
