import { type BoardPlan, boardPlanVersion, type LayoutOptions } from './board-plan.ts';
import { clampPlanText } from './clamp-plan-text.ts';
import { estimateTextBox } from './estimate-text-box.ts';
import { finalizePlan } from './finalize-plan.ts';
import { translateItems } from './layout-context.ts';
import { layoutNoteCards } from './layout-notes-section.ts';
import { createContext } from './layout-template.ts';
import { createText } from './plan-items.ts';
import { planFont, planSpace } from './plan-style.ts';
import { resolveLayoutOptions } from './resolve-layout-options.ts';

/** A heading and its lines: one card of a summary. */
export interface SummarySection {
  heading: string;
  lines: readonly string[];
}

/** A result a front-end writes onto the board (a decision, a harvest): a title and its sections. */
export interface SummaryInput {
  /** Recorded as the generated board's template id, e.g. `decision-result`. */
  templateId: string;
  title: string;
  sections: readonly SummarySection[];
}

/** Board units: one readable column of cards. */
const cardWidth = 1000;
const maxTitle = 200;
/** A section is a card, not a document: short enough for any board's text limit, even escaped as HTML. */
const maxSectionChars = 900;
const maxSectionLines = 40;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The heading, then one bullet per line; long sections end with an ellipsis line instead of overflowing. */
export function sectionText(section: SummarySection): string {
  const lines = [section.heading];
  let used = section.heading.length;
  for (const [index, line] of section.lines.entries()) {
    const bullet = `• ${clip(line.replace(/\s+/g, ' ').trim(), 300)}`;
    if (index >= maxSectionLines || used + bullet.length > maxSectionChars) {
      lines.push('…');
      break;
    }
    lines.push(bullet);
    used += bullet.length + 1;
  }
  return lines.join('\n');
}

/**
 * A summary as a board plan: a frame holding the title and one card per section, stacked (the
 * notes-section layout, one column). Same measure, sizes and coordinates as every template's plan.
 */
export function layoutSummary(input: SummaryInput, options: LayoutOptions): BoardPlan {
  const resolved = resolveLayoutOptions(options);
  const ctx = createContext(resolved, estimateTextBox);
  const title = clampPlanText(clip(input.title, maxTitle));
  const heading = createText(
    ctx,
    { x: 0, y: 0, width: cardWidth },
    { text: title, fontSize: planFont.section, bold: true },
    'title',
  );
  const top = heading.height + planSpace.gap;
  const cards = layoutNoteCards(input.sections.map(sectionText), 1, cardWidth, ctx);
  const items = [heading, ...translateItems(cards.items, 0, top)];
  const height = cards.items.length > 0 ? top + cards.height : heading.height;
  const margin = planSpace.frameMargin;
  const { origin } = resolved;
  return finalizePlan(
    {
      planVersion: boardPlanVersion,
      templateId: input.templateId,
      templateVersion: 1,
      locale: resolved.locale,
      title,
      items: translateItems(items, origin.x + margin, origin.y + margin),
      connectors: [],
    },
    { ...origin, width: cardWidth + 2 * margin, height: height + 2 * margin },
    resolved.createId,
  );
}
