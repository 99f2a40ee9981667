import { escapeHtmlText } from '../../../shared/index.ts';
import { miroLimits } from './miro-limits.ts';
import { textToMiroHtml } from './text-to-miro-html.ts';

const ellipsis = '…';
/** What bold costs per paragraph: each line wrapped in `<strong>`. */
const boldTags = '<strong></strong>'.length;

function encode(text: string, bold: boolean): string {
  const html = textToMiroHtml(text);
  return bold ? html.replaceAll('<p>', '<p><strong>').replaceAll('</p>', '</strong></p>') : html;
}

/**
 * The content HTML Miro gets for a plan text: one `<p>` per line, escaped, bold as `<strong>` in each
 * paragraph. The plan keeps texts short in plain characters (`maxPlanTextLength`), but escaping grows
 * them (`&` is five characters, each line a `<p>`): a text whose HTML would reach Miro's limit is cut
 * at a character, with an ellipsis, so it is created rather than refused half-way.
 */
export function miroContent(text: string, bold = false): string {
  const html = encode(text, bold);
  if (html.length < miroLimits.contentLength) return html;
  // Room for `<p>`, `</p>` (and bold's tags) and the ellipsis; the loop adds each character's escaped cost.
  const line = bold ? boldTags : 0;
  const budget = miroLimits.contentLength - 1 - '<p></p>'.length - line - ellipsis.length;
  let used = 0;
  let cut = '';
  for (const char of text) {
    const cost = char === '\n' ? '</p><p>'.length + line : escapeHtmlText(char).length;
    if (used + cost > budget) break;
    used += cost;
    cut += char;
  }
  return encode(`${cut.trimEnd()}${ellipsis}`, bold);
}
