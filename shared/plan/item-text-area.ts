import type { Locale } from '../i18n/locale.ts';
import type { PlanItem, PlanItemKind, ShapeProps } from './board-plan.ts';
import { estimateTextBox, type TextBox } from './estimate-text-box.ts';
import { planSpace, stickyFontLadder, stickyMinFont, stickyPaddingRatio } from './plan-style.ts';

/** Measures text; `estimateTextBox` unless a benchmark swaps in a baseline. */
export type MeasureText = (
  text: string,
  fontSize: number,
  maxWidth: number,
  bold?: boolean,
  locale?: Locale,
) => TextBox;

/** Where an item's text lies, absolute board units, and how it is set. */
export interface TextArea {
  text: string;
  fontSize: number;
  x: number;
  y: number;
  width: number;
  height: number;
  align: 'left' | 'center';
  valign: 'top' | 'middle';
  bold?: boolean;
}

type Rect = Pick<PlanItem, 'x' | 'y' | 'width' | 'height'>;

/** The text-safe inner rectangle of each shape: a rhombus holds text in its half-size centre. */
const shapeInsets: Record<ShapeProps['shape'], (rect: Rect) => Rect> = {
  rectangle: (r) => inset(r, planSpace.shapePadding),
  round_rectangle: (r) => inset(r, planSpace.shapePadding),
  rhombus: (r) => ({ x: r.x + r.width / 4, y: r.y + r.height / 4, width: r.width / 2, height: r.height / 2 }),
  circle: (r) => inset(r, (r.width * (1 - Math.SQRT1_2)) / 2),
};

type AreaOf = {
  [K in PlanItemKind]: (item: Extract<PlanItem, { kind: K }>, measure: MeasureText) => TextArea | undefined;
};

/** Text area per item kind: the one definition the layout, the invariants and the SVG preview share. */
const textAreas: AreaOf = {
  frame: () => undefined,
  text: (item) => ({
    ...rectOf(item),
    text: item.props.text,
    fontSize: item.props.fontSize,
    align: 'left',
    valign: 'top',
    ...(item.props.bold ? { bold: true } : {}),
  }),
  shape: (item) =>
    item.props.text === ''
      ? undefined
      : {
          ...shapeInsets[item.props.shape](item),
          text: item.props.text,
          fontSize: item.props.fontSize,
          align: item.props.textAlign,
          valign: item.props.textAlignVertical,
        },
  sticky: (item, measure) => {
    const inner = stickyInner(item);
    const fontSize = stickyFontSize(item.props.text, inner.width, inner.height, measure);
    return { ...inner, text: item.props.text, fontSize, align: 'center', valign: 'middle' };
  },
};

export function itemTextArea(item: PlanItem, measure: MeasureText = estimateTextBox): TextArea | undefined {
  return (textAreas[item.kind] as (item: PlanItem, measure: MeasureText) => TextArea | undefined)(
    item,
    measure,
  );
}

/** True when the text, wrapped at the area's width, is no taller than the area. */
export function textFits(area: TextArea, measure: MeasureText = estimateTextBox): boolean {
  const box = measure(area.text, area.fontSize, area.width, area.bold ?? false);
  return box.height <= area.height + 1e-6 && box.width <= area.width + 1e-6;
}

/** The largest ladder font whose text fits the sticky without breaking a word; the smallest when none does. */
export function stickyFontSize(text: string, width: number, height: number, measure: MeasureText): number {
  // Widths scale with the font: measure the widest word once, at 1000.
  const words = new Set(text.split(/\s+/).filter((word) => word !== ''));
  let widestWord = 0;
  for (const word of words)
    widestWord = Math.max(widestWord, measure(word, 1000, Number.POSITIVE_INFINITY).width / 1000);
  for (const fontSize of stickyFontLadder) {
    const box = measure(text, fontSize, width);
    const wordsWhole = widestWord * fontSize <= width;
    if (wordsWhole && box.height <= height && box.width <= width) return fontSize;
  }
  return stickyMinFont;
}

export function stickyInner(rect: Rect): Rect {
  // Unrounded, so a wider sticky never has a narrower text area.
  return inset(rect, rect.width * stickyPaddingRatio);
}

function rectOf(item: Rect): Rect {
  return { x: item.x, y: item.y, width: item.width, height: item.height };
}

function inset(r: Rect, by: number): Rect {
  return {
    x: r.x + by,
    y: r.y + by,
    width: Math.max(0, r.width - 2 * by),
    height: Math.max(0, r.height - 2 * by),
  };
}
