import type { BoardPlan, PlanItem } from './board-plan.ts';
import { measureIn } from './estimate-text-box.ts';
import { itemTextArea, type MeasureText } from './item-text-area.ts';
import { planFont } from './plan-style.ts';

export type Paper = 'A3' | 'A1';

/** ISO 216 sizes, landscape, in millimetres. */
export const paperSizes: Readonly<Record<Paper, { width: number; height: number }>> = {
  A3: { width: 420, height: 297 },
  A1: { width: 841, height: 594 },
};

/** White border kept on paper, millimetres. */
export const printMarginMm = 10;
/** Smallest font height (em) that reads comfortably on paper at arm's length: 8 pt, in millimetres. */
export const minLegibleFontMm = (8 * 25.4) / 72;

export interface PlanBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintScale {
  paper: Paper;
  orientation: 'landscape' | 'portrait';
  /** Sheet size as printed, millimetres. */
  widthMm: number;
  heightMm: number;
  /** Millimetres on paper per board unit. */
  mmPerUnit: number;
  /** The smallest font of the plan as printed; below `minLegibleFontMm` the plan is too big for this paper. */
  minFontMm: number;
  legible: boolean;
}

/** How a plan prints on `paper`: the orientation that scales it largest, and its smallest font in mm. */
export function printScale(plan: BoardPlan, paper: Paper): PrintScale {
  const bounds = planBounds(plan);
  const { width, height } = paperSizes[paper];
  const scaleToFit = (w: number, h: number) =>
    Math.min((w - 2 * printMarginMm) / bounds.width, (h - 2 * printMarginMm) / bounds.height);
  const landscape = scaleToFit(width, height);
  const portrait = scaleToFit(height, width);
  const mmPerUnit = Math.max(landscape, portrait);
  const minFontMm = smallestFont(plan) * mmPerUnit;
  return {
    paper,
    orientation: landscape >= portrait ? 'landscape' : 'portrait',
    widthMm: landscape >= portrait ? width : height,
    heightMm: landscape >= portrait ? height : width,
    mmPerUnit,
    minFontMm,
    legible: minFontMm >= minLegibleFontMm,
  };
}

/** Board-unit box around every item, with room above frames for their titles (drawn outside, as Miro does). */
export function planBounds(plan: BoardPlan): PlanBounds {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const item of plan.items) {
    const above = item.kind === 'frame' ? frameTitleBand : 0;
    left = Math.min(left, item.x);
    top = Math.min(top, item.y - above);
    right = Math.max(right, item.x + item.width);
    bottom = Math.max(bottom, item.y + item.height);
  }
  if (!Number.isFinite(left)) return { x: 0, y: 0, width: 1, height: 1 };
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

/** Height of the band above a frame that holds its title. */
export const frameTitleBand = Math.ceil(planFont.frameTitle * 1.6);

/** The smallest font drawn for the plan, board units: texts, shape and sticky texts, captions, frame titles. */
export function smallestFont(plan: BoardPlan): number {
  const measure = measureIn(plan.locale);
  const fonts = plan.items.map((item) => fontOf(item, measure)).filter((f): f is number => f !== undefined);
  if (plan.connectors.some((c) => c.props.caption)) fonts.push(planFont.caption);
  return fonts.length > 0 ? Math.min(...fonts) : planFont.body;
}

function fontOf(item: PlanItem, measure: MeasureText): number | undefined {
  if (item.kind === 'frame') return planFont.frameTitle;
  return itemTextArea(item, measure)?.fontSize;
}

/**
 * The paper a plan prints on when the user does not choose: A3 where its smallest text is at least
 * 8 pt, else an A1 poster. Pack and session posters both use this.
 */
export function defaultPaper(plan: BoardPlan): Paper {
  return printScale(plan, 'A3').legible ? 'A3' : 'A1';
}
