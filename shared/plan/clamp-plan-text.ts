import { escapeHtmlText, textToMiroHtml } from '../text/text-to-miro-html.ts';
import { maxPlanTextLength } from './board-plan.ts';

const ellipsis = '…';

/** What bold costs per paragraph: the adapter wraps each line in `<strong>`. */
const boldCost = '<strong></strong>'.length;

/** Length of the content HTML the Miro adapter writes for `text` (`textToMiroHtml`, bold per line). */
export function planTextHtmlLength(text: string, bold = false): number {
  const html = textToMiroHtml(text);
  return bold ? html.length + boldCost * text.split('\n').length : html.length;
}

/**
 * Keeps a plan text under `maxPlanTextLength` once written as Miro content HTML, where `&` grows
 * to five characters and every line gets a `<p>`: cut at a character and end with an ellipsis.
 */
export function clampPlanText(text: string, bold = false): string {
  if (planTextHtmlLength(text, bold) < maxPlanTextLength) return text;
  // Room for `<p>`, `</p>` (and bold's tags) and the ellipsis; the loop adds each character's escaped cost.
  const line = bold ? boldCost : 0;
  const budget = maxPlanTextLength - 1 - '<p></p>'.length - line - ellipsis.length;
  let used = 0;
  let cut = '';
  for (const char of text) {
    const cost = char === '\n' ? '</p><p>'.length + line : escapeHtmlText(char).length;
    if (used + cost > budget) break;
    used += cost;
    cut += char;
  }
  return `${cut.trimEnd()}${ellipsis}`;
}
