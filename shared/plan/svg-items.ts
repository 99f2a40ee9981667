import { stickyColorHex } from '../templates/sticky-colors.ts';
import type { PlanItem, PlanItemKind, ShapeItem } from './board-plan.ts';
import type { Rect } from './connector-geometry.ts';
import { estimateTextBox, textWidth } from './estimate-text-box.ts';
import { itemTextArea, type MeasureText } from './item-text-area.ts';
import { planColors, planFont } from './plan-style.ts';
import { frameTitleBand } from './print-scale.ts';
import { escapeXml, num, svgTextBlock } from './svg-text.ts';

type Renderers = {
  [K in PlanItemKind]: (item: Extract<PlanItem, { kind: K }>, measure: MeasureText) => string;
};

const shapeOutlines: Record<ShapeItem['props']['shape'], (r: Rect, style: string) => string> = {
  rectangle: (r, style) => `<rect ${box(r)} ${style}/>`,
  round_rectangle: (r, style) => `<rect ${box(r)} rx="24" ${style}/>`,
  rhombus: (r, style) =>
    `<polygon points="${[
      [r.x + r.width / 2, r.y],
      [r.x + r.width, r.y + r.height / 2],
      [r.x + r.width / 2, r.y + r.height],
      [r.x, r.y + r.height / 2],
    ]
      .map(([x = 0, y = 0]) => `${num(x)},${num(y)}`)
      .join(' ')}" ${style}/>`,
  circle: (r, style) =>
    `<ellipse cx="${num(r.x + r.width / 2)}" cy="${num(r.y + r.height / 2)}" rx="${num(r.width / 2)}" ry="${num(r.height / 2)}" ${style}/>`,
};

/** SVG per item kind; the preview draws what Miro would, as closely as plain SVG allows. */
export const svgItemRenderers: Renderers = {
  frame: (item) => {
    // Miro draws the title above the frame in one line; cut it to the frame's width.
    const { lines } = estimateTextBox(item.props.title, planFont.frameTitle, Number.POSITIVE_INFINITY);
    const title = fitLine(lines.join(' '), planFont.frameTitle, item.width);
    const y = item.y - frameTitleBand / 2 + planFont.frameTitle * 0.34;
    return (
      `<rect ${box(item)} fill="${item.props.fillColor}" stroke="#d5d9e0" stroke-width="2"/>` +
      `<text x="${num(item.x)}" y="${num(y)}" font-size="${planFont.frameTitle}" fill="#5f6672">${escapeXml(title)}</text>`
    );
  },
  shape: (item, measure) => {
    const style = `fill="${item.props.fillColor}" stroke="${item.props.borderColor}" stroke-width="2"`;
    const area = itemTextArea(item, measure);
    return (
      shapeOutlines[item.props.shape](item, style) +
      (area ? svgTextBlock(area, { color: planColors.text }, measure) : '')
    );
  },
  text: (item, measure) => {
    const area = itemTextArea(item, measure);
    return area ? svgTextBlock(area, { color: planColors.text }, measure) : '';
  },
  sticky: (item, measure) => {
    const area = itemTextArea(item, measure);
    const fill = stickyColorHex[item.props.color];
    const ink = item.props.color === 'black' ? '#ffffff' : planColors.text;
    return (
      `<rect x="${num(item.x + 4)}" y="${num(item.y + 6)}" width="${num(item.width)}" height="${num(item.height)}" fill="#000000" fill-opacity="0.12"/>` +
      `<rect ${box(item)} fill="${fill}"/>` +
      (area ? svgTextBlock(area, { color: ink }, measure) : '')
    );
  },
};

/** One item as SVG, its text wrapped by the plan's measure (`measureIn(plan.locale)`). */
export function renderSvgItem(item: PlanItem, measure: MeasureText = estimateTextBox): string {
  return (svgItemRenderers[item.kind] as (item: PlanItem, measure: MeasureText) => string)(item, measure);
}

function box(r: Rect): string {
  return `x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}"`;
}

/** The line as is when it fits `width`, else cut at a character and ended with an ellipsis. */
export function fitLine(line: string, fontSize: number, width: number): string {
  if (textWidth(line, fontSize) <= width) return line;
  const chars = [...line];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}
