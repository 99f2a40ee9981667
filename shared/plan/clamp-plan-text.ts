import { escapeHtmlText, textToMiroHtml } from '../text/text-to-miro-html.ts';
import { maxPlanTextLength } from './board-plan.ts';

const ellipsis = '…';

/** Length of the content HTML the Miro adapter writes for `text` (`textToMiroHtml`). */
export function planTextHtmlLength(text: string): number {
  return textToMiroHtml(text).length;
}

/**
 * Keeps a plan text under `maxPlanTextLength` once written as Miro content HTML, where `&` grows
 * to five characters and every line gets a `<p>`: cut at a character and end with an ellipsis.
 */
export function clampPlanText(text: string): string {
  if (planTextHtmlLength(text) < maxPlanTextLength) return text;
  // Room for `<p>`, `</p>` and the ellipsis; the loop adds each character's escaped cost.
  const budget = maxPlanTextLength - 1 - '<p></p>'.length - ellipsis.length;
  let used = 0;
  let cut = '';
  for (const char of text) {
    const cost = char === '\n' ? '</p><p>'.length : escapeHtmlText(char).length;
    if (used + cost > budget) break;
    used += cost;
    cut += char;
  }
  return `${cut.trimEnd()}${ellipsis}`;
}
