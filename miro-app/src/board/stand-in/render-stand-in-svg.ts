import { escapeHtmlText, type StickyColor, stickyColorHex } from '../../../../shared/index.ts';
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
}

/** Wraps on spaces by an average glyph width; enough to see what the board says, not to typeset it. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * 0.55)));
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + word.length + 1 > perLine) {
        lines.push(line);
        line = '';
      }
      line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line];
  });
}

function textBlock({ text, box, fontSize, align, vertical }: TextBlock): string {
  if (text.trim() === '') return '';
  const pad = Math.min(16, box.width / 10);
  const lineHeight = fontSize * 1.3;
  const maxLines = Math.max(1, Math.floor((box.height - 2 * pad) / lineHeight));
  const lines = wrap(text, box.width - 2 * pad, fontSize).slice(0, maxLines);
  const x = align === 'middle' ? box.left + box.width / 2 : box.left + pad;
  const blockHeight = lines.length * lineHeight;
  const top = vertical === 'middle' ? box.top + (box.height - blockHeight) / 2 : box.top + pad;
  const spans = lines.map(
    (line, i) => `<tspan x="${x}" y="${top + (i + 0.8) * lineHeight}">${xml(line)}</tspan>`,
  );
  return `<text font-size="${fontSize}" text-anchor="${align}" fill="#1a1a1a">${spans.join('')}</text>`;
}

type Style = Record<string, string | number | undefined>;
const styleOf = (item: ItemData) => (item.style ?? {}) as Style;
const fill = (value: unknown) => (typeof value !== 'string' || value === 'transparent' ? 'none' : value);
const content = (item: ItemData) => miroHtmlToText(typeof item.content === 'string' ? item.content : '');

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
      textBlock({ text: content(item), box, fontSize: Number(style.fontSize ?? 14), align, vertical })
    );
  },
  sticky_note: (item, box) => {
    const colour = stickyColorHex[String(styleOf(item).fillColor) as StickyColor] ?? '#fff9b1';
    const fontSize = Math.max(12, Math.round(box.width / 9));
    return (
      `<rect x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" fill="${colour}" stroke="#00000022"/>` +
      textBlock({ text: content(item), box, fontSize, align: 'middle', vertical: 'middle' })
    );
  },
  text: (item, box) =>
    textBlock({
      text: content(item),
      box: { ...box, height: Number.POSITIVE_INFINITY },
      fontSize: Number(styleOf(item).fontSize ?? 14),
      align: 'start',
      vertical: 'top',
    }),
  connector: (item, box) => {
    const line = `<line x1="${box.left}" y1="${box.top}" x2="${box.left + box.width}" y2="${box.top + box.height}" stroke="#4262ff" stroke-width="3"/>`;
    const caption = (item.captions as { content?: string }[] | undefined)?.[0]?.content;
    if (!caption) return line;
    const at = `x="${box.left + box.width / 2}" y="${box.top + box.height / 2}"`;
    return `${line}<text ${at} font-size="22" text-anchor="middle" fill="#1a1a1a">${xml(miroHtmlToText(caption))}</text>`;
  },
};

/** Renders the stand-in's board as SVG, absolute coordinates, so a person can look at a generated board. */
export function renderStandInSvg(standIn: { readonly inspect: StandInInspector }, padding = 80): string {
  const items = standIn.inspect.items();
  const placed = items.map((item) => ({ item, box: connectorBox(standIn.inspect, item) }));
  const boxes = placed.map((p) => p.box).filter((box) => Number.isFinite(box.width));
  const left = Math.min(0, ...boxes.map((b) => b.left)) - padding;
  const top = Math.min(0, ...boxes.map((b) => b.top)) - padding;
  const right = Math.max(0, ...boxes.map((b) => b.left + b.width)) + padding;
  const bottom = Math.max(0, ...boxes.map((b) => b.top + b.height)) + padding;
  const order = (item: ItemData) => (item.type === 'frame' ? 0 : item.type === 'connector' ? 2 : 1);
  const body = [...placed]
    .sort((a, b) => order(a.item) - order(b.item))
    .map(
      ({ item, box }) =>
        `<g data-id="${item.id}" data-type="${item.type}">${painters[item.type](item, box)}</g>`,
    );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${right - left} ${bottom - top}" font-family="sans-serif">`,
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="#f2f2f2"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A connector runs from its start's centre to its end's centre; other items keep their box. */
function connectorBox(inspect: StandInInspector, item: ItemData): Box {
  if (item.type !== 'connector') return inspect.absoluteBox(item.id);
  const centre = (end: unknown) => {
    const box = inspect.absoluteBox((end as { item: string }).item);
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  const a = centre(item.start);
  const b = centre(item.end);
  return { left: a.x, top: a.y, width: b.x - a.x, height: b.y - a.y };
}
