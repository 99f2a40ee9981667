import type { BoardPlan, PlanConnector, PlanItem } from './board-plan.ts';
import { captionBox, captionTextArea, connectorSegment } from './connector-geometry.ts';
import { measureIn } from './estimate-text-box.ts';
import type { MeasureText } from './item-text-area.ts';
import { planColors } from './plan-style.ts';
import { type Paper, planBounds, printMarginMm, printScale } from './print-scale.ts';
import { renderSvgItem } from './svg-items.ts';
import { escapeXml, num, svgTextBlock } from './svg-text.ts';

export interface RenderPlanSvgOptions {
  /** `screen` sizes the SVG in board units (px); A3 and A1 in millimetres, orientation chosen to print largest. */
  paper?: 'screen' | Paper;
}

const screenMargin = 40;

/** A standalone SVG preview of a plan: no scripts, no external resources, text XML-escaped. */
export function renderPlanSvg(plan: BoardPlan, options: RenderPlanSvgOptions = {}): string {
  const paper = options.paper ?? 'screen';
  const bounds = planBounds(plan);
  let size: string;
  let margin = screenMargin;
  if (paper === 'screen') {
    size = `width="${num(bounds.width + 2 * margin)}" height="${num(bounds.height + 2 * margin)}"`;
  } else {
    const scale = printScale(plan, paper);
    margin = printMarginMm / scale.mmPerUnit;
    size = `width="${scale.widthMm}mm" height="${scale.heightMm}mm"`;
  }
  const viewBox = [
    bounds.x - margin,
    bounds.y - margin,
    bounds.width + 2 * margin,
    bounds.height + 2 * margin,
  ];
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const measure = measureIn(plan.locale);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="${viewBox.map(num).join(' ')}" role="img" aria-label="${escapeXml(plan.title)}">`,
    `<title>${escapeXml(plan.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4a5060"/></marker></defs>',
    `<g font-family="Helvetica, Arial, 'Liberation Sans', sans-serif">`,
    ...plan.items.map((item) => renderSvgItem(item, measure)),
    ...plan.connectors.map((c) => renderConnector(c, byId, measure)),
    '</g>',
    '</svg>',
  ].join('\n');
}

function renderConnector(
  connector: PlanConnector,
  byId: Map<string, PlanItem>,
  measure: MeasureText,
): string {
  const from = byId.get(connector.fromId);
  const to = byId.get(connector.toId);
  if (!from || !to) return '';
  const s = connectorSegment(from, to, connector.props.toPosition);
  const line = `<line x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="#4a5060" stroke-width="3" marker-end="url(#arrow)"/>`;
  const caption = captionBox(connector, s, measure);
  if (!caption) return line;
  return (
    line +
    `<rect x="${num(caption.x)}" y="${num(caption.y)}" width="${num(caption.width)}" height="${num(caption.height)}" rx="8" fill="#ffffff" stroke="#c3c7cf"/>` +
    svgTextBlock(captionTextArea(connector, caption), { color: planColors.text }, measure)
  );
}
