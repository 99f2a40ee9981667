import {
  escapeHtmlText,
  estimateTextBox,
  planSpace,
  type StickyColor,
  stickyColorHex,
  textMetrics,
} from '../../../../shared/index.ts';
import { miroHtmlToText } from '../miro-html-to-text.ts';
import type { ItemData } from './item-data.ts';
import type { StandInInspector } from './stand-in-inspector.ts';
import type { Box } from './stand-in-store.ts';

// Character references are XML too: the HTML escaper serves the SVG.
const xml = escapeHtmlText;

interface TextBlock {
  text: string;
  box: Box;
  fontSize: number;
  align: 'start' | 'middle';
  vertical: 'top' | 'middle';
  /** Space inside the box: the layout's own (none for a text, `planSpace.shapePadding` for a shape). */
  pad: number;
  bold: boolean;
}

const ellipsis = '…';

/** A line shortened until it and "…" fit `width` by the core's Helvetica measure. */
function ellipsize(line: string, width: number, fontSize: number, bold: boolean): string {
  const fits = (text: string) =>
    estimateTextBox(text, fontSize, Number.POSITIVE_INFINITY, bold).width <= width;
  let cut = [...line];
  while (cut.length > 0 && !fits(`${cut.join('').trimEnd()}${ellipsis}`)) cut = cut.slice(0, -1);
  return `${cut.join('').trimEnd()}${ellipsis}`;
}

/**
 * Text set as the layout measured it: the core's Helvetica widths and line height, so a title takes the
 * lines the layout gave it and never runs into the text below; more than fits is cut with "…".
 */
export function setTextLines(
  text: string,
  fontSize: number,
  width: number,
  height: number,
  bold = false,
): string[] {
  const lines = estimateTextBox(text, fontSize, width, bold).lines;
  const lineHeight = fontSize * textMetrics.lineHeight;
  const maxLines = Math.max(1, Math.floor((height + 1e-6) / lineHeight));
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), ellipsize(lines[maxLines - 1] ?? '', width, fontSize, bold)];
}

function textBlock({ text, box, fontSize, align, vertical, pad, bold }: TextBlock): string {
  if (text.trim() === '') return '';
  const lineHeight = fontSize * textMetrics.lineHeight;
  const lines = setTextLines(text, fontSize, box.width - 2 * pad, box.height - 2 * pad, bold);
  const x = align === 'middle' ? box.left + box.width / 2 : box.left + pad;
  const blockHeight = lines.length * lineHeight;
  const top = vertical === 'middle' ? box.top + (box.height - blockHeight) / 2 : box.top + pad;
  // Baseline a third of an em below the line's middle, as the core's SVG sets it.
  const spans = lines.map(
    (line, i) =>
      `<tspan x="${x}" y="${top + i * lineHeight + lineHeight / 2 + fontSize * 0.34}">${xml(line)}</tspan>`,
  );
  const weight = bold ? ' font-weight="700"' : '';
  return `<text font-size="${fontSize}"${weight} text-anchor="${align}" fill="#1a1a1a">${spans.join('')}</text>`;
}

/** Miro's sticky text: as large as fits, never larger than the sticky's default, never below 6. */
const stickyFont = { maxFactor: 0.16, min: 6, lineHeight: 1.3, pad: 0.08 } as const;

/**
 * Sticky text as Miro sets it: wrapped on spaces and shrunk until every line fits the sticky; a word
 * too long even at the smallest size is broken between characters.
 */
export function fitStickyText(
  text: string,
  box: Pick<Box, 'width' | 'height'>,
): { fontSize: number; lines: string[] } {
  const pad = box.width * stickyFont.pad;
  const width = box.width - 2 * pad;
  const height = box.height - 2 * pad;
  // Text widths grow with the font size: the longest word at size 1 says from which size none is broken.
  const words = text.split(/\s+/).filter((word) => word !== '');
  const longestWord = Math.max(0, ...words.map((word) => estimateTextBox(word, 100).width / 100));
  let fontSize = Math.max(stickyFont.min, Math.floor(box.width * stickyFont.maxFactor));
  for (; fontSize > stickyFont.min; fontSize -= 1) {
    const lineCount = estimateTextBox(text, fontSize, width).lines.length;
    if (longestWord * fontSize <= width && lineCount * fontSize * stickyFont.lineHeight <= height) break;
  }
  return { fontSize, lines: estimateTextBox(text, fontSize, width).lines };
}

function stickyText(text: string, box: Box): string {
  if (text.trim() === '') return '';
  const { fontSize, lines } = fitStickyText(text, box);
  const lineHeight = fontSize * stickyFont.lineHeight;
  const maxLines = Math.max(1, Math.floor((box.height * (1 - 2 * stickyFont.pad)) / lineHeight));
  const shown = lines.slice(0, maxLines);
  const x = box.left + box.width / 2;
  const top = box.top + (box.height - shown.length * lineHeight) / 2;
  const spans = shown.map(
    (line, i) => `<tspan x="${x}" y="${top + (i + 0.8) * lineHeight}">${xml(line)}</tspan>`,
  );
  return `<text font-size="${fontSize}" text-anchor="middle" fill="#1a1a1a">${spans.join('')}</text>`;
}

type Style = Record<string, string | number | undefined>;
const styleOf = (item: ItemData) => (item.style ?? {}) as Style;
const fill = (value: unknown) => (typeof value !== 'string' || value === 'transparent' ? 'none' : value);
const content = (item: ItemData) => miroHtmlToText(typeof item.content === 'string' ? item.content : '');
/** The adapter writes a bold text as `<strong>` per line: the measure must know it. */
const isBold = (item: ItemData) => typeof item.content === 'string' && item.content.includes('<strong>');

function outline(item: ItemData, box: Box, attributes: string): string {
  const { left, top, width, height } = box;
  if (item.shape === 'circle')
    return `<ellipse cx="${left + width / 2}" cy="${top + height / 2}" rx="${width / 2}" ry="${height / 2}" ${attributes}/>`;
  if (item.shape === 'rhombus') {
    const points = [
      `${left + width / 2},${top}`,
      `${left + width},${top + height / 2}`,
      `${left + width / 2},${top + height}`,
      `${left},${top + height / 2}`,
    ];
    return `<polygon points="${points.join(' ')}" ${attributes}/>`;
  }
  const radius = item.shape === 'round_rectangle' ? Math.min(width, height) / 8 : 0;
  return `<rect x="${left}" y="${top}" width="${width}" height="${height}" rx="${radius}" ${attributes}/>`;
}

type Painter = (item: ItemData, box: Box) => string;

/** One painter per item type: a new type gets a new entry, not a new branch. */
const painters: Readonly<Record<ItemData['type'], Painter>> = {
  frame: (item, box) =>
    `<rect x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" fill="${fill(styleOf(item).fillColor)}" stroke="#c3c7cf" stroke-width="2"/>` +
    `<text x="${box.left}" y="${box.top - 14}" font-size="32" fill="#5a5f6b">${xml(String(item.title ?? ''))}</text>`,
  shape: (item, box) => {
    const style = styleOf(item);
    const stroke = `fill="${fill(style.fillColor)}" stroke="${fill(style.borderColor)}" stroke-width="${style.borderWidth ?? 2}"`;
    const align = style.textAlign === 'left' ? 'start' : 'middle';
    const vertical = style.textAlignVertical === 'top' ? 'top' : 'middle';
    return (
      outline(item, box, stroke) +
      textBlock({
        text: content(item),
        box,
        fontSize: Number(style.fontSize ?? 14),
        align,
        vertical,
        pad: item.shape === 'rectangle' || item.shape === 'round_rectangle' ? planSpace.shapePadding : 0,
        bold: isBold(item),
      })
    );
  },
  sticky_note: (item, box) => {
    const colour = stickyColorHex[String(styleOf(item).fillColor) as StickyColor] ?? '#fff9b1';
    return (
      `<rect x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" fill="${colour}" stroke="#00000022"/>` +
      stickyText(content(item), box)
    );
  },
  text: (item, box) =>
    textBlock({
      text: content(item),
      box: { ...box, height: Number.POSITIVE_INFINITY },
      fontSize: Number(styleOf(item).fontSize ?? 14),
      align: 'start',
      vertical: 'top',
      pad: 0,
      bold: isBold(item),
    }),
  connector: (item, box) => {
    const line = `<line x1="${box.left}" y1="${box.top}" x2="${box.left + box.width}" y2="${box.top + box.height}" stroke="#4262ff" stroke-width="3" marker-end="url(#netverk-arrow)"/>`;
    const caption = (item.captions as { content?: string; position?: number }[] | undefined)?.[0];
    if (!caption?.content) return line;
    const t = typeof caption.position === 'number' ? caption.position : 0.5;
    const at = `x="${box.left + box.width * t}" y="${box.top + box.height * t}"`;
    const text = xml(miroHtmlToText(caption.content));
    return `${line}<text ${at} font-size="22" text-anchor="middle" dominant-baseline="middle" fill="#1a1a1a" stroke="#ffffff" stroke-width="6" paint-order="stroke">${text}</text>`;
  },
};

/** The board area the picture shows: every item plus `padding`, and the origin always. */
export function standInBounds(standIn: { readonly inspect: StandInInspector }, padding = 80): Box {
  const boxes = standIn.inspect
    .items()
    .map((item) => connectorBox(standIn.inspect, item))
    .filter((box) => Number.isFinite(box.width));
  const left = Math.min(0, ...boxes.map((b) => b.left)) - padding;
  const top = Math.min(0, ...boxes.map((b) => b.top)) - padding;
  const right = Math.max(0, ...boxes.map((b) => b.left + b.width)) + padding;
  const bottom = Math.max(0, ...boxes.map((b) => b.top + b.height)) + padding;
  return { left, top, width: right - left, height: bottom - top };
}

/** Renders the stand-in's board as SVG, absolute coordinates, so a person can look at a generated board. */
export function renderStandInSvg(standIn: { readonly inspect: StandInInspector }, padding = 80): string {
  const items = standIn.inspect.items();
  const placed = items.map((item) => ({ item, box: connectorBox(standIn.inspect, item) }));
  const { left, top, width, height } = standInBounds(standIn, padding);
  const order = (item: ItemData) => (item.type === 'frame' ? 0 : item.type === 'connector' ? 2 : 1);
  const body = [...placed]
    .sort((a, b) => order(a.item) - order(b.item))
    .map(
      ({ item, box }) =>
        `<g data-id="${item.id}" data-type="${item.type}">${painters[item.type](item, box)}</g>`,
    );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" font-family="sans-serif">`,
    `<defs><marker id="netverk-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4262ff"/></marker></defs>`,
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="#f2f2f2"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

interface ConnectorEnd {
  item?: string;
  snapTo?: 'auto' | 'top' | 'left' | 'bottom' | 'right';
  position?: { x: number; y: number };
}

/** Where the ray from the box's centre along (dx, dy) leaves the item's outline. */
export function outlinePoint(box: Box, shape: unknown, dx: number, dy: number): { x: number; y: number } {
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const hw = box.width / 2;
  const hh = box.height / 2;
  if ((dx === 0 && dy === 0) || hw === 0 || hh === 0) return { x: cx, y: cy };
  const ax = Math.abs(dx) / hw;
  const ay = Math.abs(dy) / hh;
  const t =
    shape === 'circle' ? 1 / Math.hypot(ax, ay) : shape === 'rhombus' ? 1 / (ax + ay) : 1 / Math.max(ax, ay);
  return { x: cx + dx * t, y: cy + dy * t };
}

/** A connector end as Miro draws it: at `position` (0..1 of the box), at a side's middle, or on the outline. */
function endPoint(inspect: StandInInspector, end: ConnectorEnd, towards: { x: number; y: number }) {
  const id = end.item ?? '';
  const box = inspect.absoluteBox(id);
  const shape = inspect.item(id)?.shape;
  if (end.position)
    return { x: box.left + box.width * end.position.x, y: box.top + box.height * end.position.y };
  const sides = {
    top: { x: box.left + box.width / 2, y: box.top },
    bottom: { x: box.left + box.width / 2, y: box.top + box.height },
    left: { x: box.left, y: box.top + box.height / 2 },
    right: { x: box.left + box.width, y: box.top + box.height / 2 },
  };
  if (end.snapTo && end.snapTo !== 'auto') return sides[end.snapTo];
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  return outlinePoint(box, shape, towards.x - cx, towards.y - cy);
}

/** A connector runs between its ends' outlines (as Miro draws it); other items keep their box. */
function connectorBox(inspect: StandInInspector, item: ItemData): Box {
  if (item.type !== 'connector') return inspect.absoluteBox(item.id);
  const start = (item.start ?? {}) as ConnectorEnd;
  const end = (item.end ?? {}) as ConnectorEnd;
  const centre = (e: ConnectorEnd) => {
    const box = inspect.absoluteBox(e.item ?? '');
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  const a = endPoint(inspect, start, end.position ? endPoint(inspect, end, centre(start)) : centre(end));
  const b = endPoint(inspect, end, a);
  return { left: a.x, top: a.y, width: b.x - a.x, height: b.y - a.y };
}
