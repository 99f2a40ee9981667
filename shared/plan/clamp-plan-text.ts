import { maxPlanTextLength } from './board-plan.ts';

const ellipsis = '…';

/**
 * Keeps a plan text to `maxPlanTextLength` characters: longer ones are cut at a character (never inside
 * a surrogate pair) and end with an ellipsis. In plain characters: each board format encodes the text
 * its own way (the Miro adapter as content HTML, within Miro's own limit).
 */
export function clampPlanText(text: string): string {
  if (text.length <= maxPlanTextLength) return text;
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > maxPlanTextLength - ellipsis.length) break;
    cut += char;
  }
  return `${cut.trimEnd()}${ellipsis}`;
}
