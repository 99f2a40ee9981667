import {
  type BoardPlan,
  boardPlanVersion,
  type Locale,
  type PlanItem,
  type ShapeItem,
} from '../../../shared/index.ts';

/** Template ids the panel records for its own summaries: they are not templates, and hold no zones. */
export const summaryTemplateIds = { decision: 'decision-result', harvest: 'harvest-summary' } as const;

export function isSummaryBoard(record: { templateId: string }): boolean {
  return Object.values(summaryTemplateIds).some((id) => id === record.templateId);
}

/** A heading and its lines: one card of a summary. */
export interface SummarySection {
  heading: string;
  lines: readonly string[];
}

export interface SummaryPlanInput {
  /** Recorded as the generated board's template id, e.g. `decision-result`. */
  templateId: string;
  locale: Locale;
  title: string;
  sections: readonly SummarySection[];
}

/** Board units. */
const frameWidth = 760;
const padding = 40;
const gap = 24;
const fontSize = 16;
/** Kept far below Miro's 6,000-character content limit, so escaping and paragraph tags still fit. */
const maxSectionChars = 900;
const maxSectionLines = 40;

/**
 * A small board plan for a result the panel writes onto the board (a decision, a harvest summary):
 * a frame with the title and one card per section, stacked. Plan coordinates: top-left, from 0,0.
 */
export function createSummaryPlan(input: SummaryPlanInput): BoardPlan {
  const frameId = 'summary-frame';
  const cardWidth = frameWidth - 2 * padding;
  const items: PlanItem[] = [];
  let y = padding;
  items.push({
    id: 'summary-title',
    kind: 'text',
    parentId: frameId,
    x: padding,
    y,
    width: cardWidth,
    height: 40,
    props: { text: clip(input.title, 200), fontSize: 28, bold: true },
    meta: { role: 'title' },
  });
  y += 40 + gap;
  input.sections.forEach((section, index) => {
    const card = sectionCard(section, index, frameId, padding, y, cardWidth);
    items.push(card);
    y += card.height + gap;
  });
  const frame: PlanItem = {
    id: frameId,
    kind: 'frame',
    parentId: null,
    x: 0,
    y: 0,
    width: frameWidth,
    height: y - gap + padding,
    props: { title: clip(input.title, 200), fillColor: '#ffffff' },
    meta: { role: 'frame' },
  };
  return {
    planVersion: boardPlanVersion,
    templateId: input.templateId,
    templateVersion: 1,
    locale: input.locale,
    title: clip(input.title, 200),
    items: [frame, ...items],
    connectors: [],
  };
}

function sectionCard(
  section: SummarySection,
  index: number,
  parentId: string,
  x: number,
  y: number,
  width: number,
): ShapeItem {
  const text = sectionText(section);
  return {
    id: `summary-card-${index + 1}`,
    kind: 'shape',
    parentId,
    x,
    y,
    width,
    height: estimateTextHeight(text, width),
    props: {
      shape: 'round_rectangle',
      text,
      fillColor: '#f5f6f8',
      borderColor: '#c3c4d6',
      fontSize,
      textAlign: 'left',
      textAlignVertical: 'top',
    },
    meta: { role: 'card' },
  };
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

function estimateTextHeight(text: string, width: number): number {
  const charsPerLine = Math.max(10, Math.floor((width - 32) / (fontSize * 0.55)));
  const rows = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return Math.ceil(rows * fontSize * 1.5 + 40);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
