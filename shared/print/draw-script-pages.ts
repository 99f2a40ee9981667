import type { PDFDocument, PDFStructureElement } from 'pdfkit/browser';
import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import { artifact, structure } from './pdf-structure.ts';
import { drawTextBlock, pdfLines } from './pdf-text.ts';
import { type PrintMessageKey, printMessages } from './print-messages.ts';
import type { GroupSplit, ScriptRow, WorkshopScript } from './workshop-script.ts';

/** A4 portrait in points, with a 2 cm margin. */
const page = { width: 595.28, height: 841.89, margin: 56.69 } as const;
const leading = 1.3;
const ink = '#1a1a1a';
const muted = '#4a5060';
const rule = '#c3c7cf';
const font = { title: 20, subtitle: 11, heading: 13, head: 9, body: 10, note: 9 } as const;
const cellPad = 4;

interface Column {
  x: number;
  width: number;
}

const content = page.width - 2 * page.margin;
const columns = {
  time: { x: page.margin, width: 44 },
  minutes: { x: page.margin + 44, width: 36 },
  block: { x: page.margin + 80, width: content - 80 - 112 },
  groups: { x: page.width - page.margin - 112, width: 112 },
} satisfies Record<string, Column>;

/** One line of the block cell: its text and how it is set. */
interface CellLine {
  text: string;
  fontSize: number;
  bold: boolean;
  color: string;
}

/**
 * Draws the running order on A4 pages: title, a header row repeated on every page, one row per block.
 * Tagged for screen readers under `root`: the title and headings as H1/H2, the running order as a
 * table with one row per block (the header repeated on later pages is a pagination artifact).
 */
export function drawScriptPages(doc: PDFDocument, script: WorkshopScript, root: PDFStructureElement): void {
  const t = createTranslator(printMessages, script.locale);
  doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
  const tag = (type: string) => structure(doc, root, type);
  let y: number = page.margin;
  y += drawTextBlock(doc, text(script.title, font.title, page.margin, y, content, true), tag('H1'));
  if (script.subtitle)
    y += drawTextBlock(
      doc,
      { ...text(script.subtitle, font.subtitle, page.margin, y, content), color: muted },
      tag('P'),
    );
  for (const paragraph of script.lead ?? [])
    y += drawTextBlock(doc, text(paragraph, font.body, page.margin, y + 4, content), tag('P')) + 4;
  if (script.beforehand) y = drawList(doc, script.beforehand, y, tag);
  y += 12;
  y +=
    drawTextBlock(doc, text(t('runningOrder'), font.heading, page.margin, y, content, true), tag('H2')) + 4;
  const table = tag('Table');
  y = drawHeader(doc, t, y, structure(doc, table, 'TR'));
  for (const row of script.rows) y = drawRow(doc, t, row, y, structure(doc, table, 'TR'));
  const total = script.rows.reduce((sum, row) => sum + (row.minutes ?? 0), 0);
  if (total > 0) {
    if (y + font.body * leading > page.height - page.margin) y = newPage(doc, t);
    y += drawTextBlock(
      doc,
      text(t('totalMinutes', { count: total }), font.body, columns.block.x, y + 6, content, true),
      tag('P'),
    );
  }
  if (script.checklist) drawList(doc, script.checklist, y + 6, tag);
}

/** A heading and a bulleted list (what to bring beforehand, what to print), on a new page when it must. */
function drawList(
  doc: PDFDocument,
  list: { title: string; items: readonly string[] },
  top: number,
  tag: (type: string) => PDFStructureElement,
): number {
  if (list.items.length === 0) return top;
  let y = top + 12;
  if (y + (list.items.length + 2) * font.body * leading > page.height - page.margin) {
    doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
    y = page.margin;
  }
  y += drawTextBlock(doc, text(list.title, font.heading, page.margin, y, content, true), tag('H2')) + 4;
  const items = tag('L');
  for (const item of list.items)
    y += drawTextBlock(
      doc,
      text(`• ${item}`, font.body, page.margin, y, content),
      structure(doc, items, 'LI'),
    );
  return y;
}

function newPage(doc: PDFDocument, t: Translate<PrintMessageKey>): number {
  doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
  let bottom: number = page.margin;
  // The repeated header is pagination: a screen reader reads the table's one header row.
  artifact(doc, 'Pagination', () => {
    bottom = drawHeader(doc, t, page.margin);
  });
  return bottom;
}

/** The header row; `row` tags its labels as header cells (TH), else they are drawn untagged. */
function drawHeader(
  doc: PDFDocument,
  t: Translate<PrintMessageKey>,
  y: number,
  row?: PDFStructureElement,
): number {
  const height = font.head * leading + 2 * cellPad;
  artifact(doc, 'Layout', () => doc.rect(page.margin, y, content, height).fill('#eef0f3'));
  const labels: [Column, PrintMessageKey][] = [
    [columns.time, 'columnTime'],
    [columns.minutes, 'columnMinutes'],
    [columns.block, 'columnBlock'],
    [columns.groups, 'columnGroups'],
  ];
  for (const [column, key] of labels)
    drawTextBlock(
      doc,
      text(t(key), font.head, column.x + cellPad, y + cellPad, column.width - 2 * cellPad, true),
      row && structure(doc, row, 'TH'),
    );
  return y + height;
}

function drawRow(
  doc: PDFDocument,
  t: Translate<PrintMessageKey>,
  row: ScriptRow,
  top: number,
  tableRow: PDFStructureElement,
): number {
  const blockWidth = columns.block.width - 2 * cellPad;
  const lines = blockLines(doc, t, row, blockWidth);
  const groups = row.groups ? groupText(t, row.groups) : '';
  const groupLines = pdfLines(doc, groups, font.note, columns.groups.width - 2 * cellPad);
  const rowHeight =
    Math.max(
      lines.reduce((sum, line) => sum + line.fontSize * leading, 0),
      groupLines.length * font.note * leading,
    ) +
    2 * cellPad;
  let y = top;
  // A row that fits a fresh page never starts on a page it would overflow.
  if (y + rowHeight > page.height - page.margin && rowHeight <= page.height - 2 * page.margin - 40)
    y = newPage(doc, t);
  // One cell per column, in reading order (time, minutes, the block, the working form), whatever
  // order they are drawn in: the working form goes on the row's first page.
  const [timeCell, minutesCell, blockCell, groupsCell] = [0, 1, 2, 3].map(() =>
    structure(doc, tableRow, 'TD'),
  );
  const cell = (value: string, column: Column, into: PDFStructureElement | undefined, bold = false) =>
    drawTextBlock(
      doc,
      text(value, font.body, column.x + cellPad, y + cellPad, column.width - 2 * cellPad, bold),
      into,
    );
  cell(row.start ?? '', columns.time, timeCell, true);
  cell(row.minutes === undefined ? '' : String(row.minutes), columns.minutes, minutesCell);
  drawTextBlock(
    doc,
    {
      ...text(groups, font.note, columns.groups.x + cellPad, y + cellPad, columns.groups.width - 2 * cellPad),
      color: muted,
    },
    groupsCell,
  );
  let lineY = y + cellPad;
  for (const line of lines) {
    const height = line.fontSize * leading;
    // Only a row longer than a page is split: its block text runs on under a new header.
    if (lineY + height > page.height - page.margin) lineY = newPage(doc, t) + cellPad;
    drawTextBlock(
      doc,
      {
        ...text(line.text, line.fontSize, columns.block.x + cellPad, lineY, blockWidth, line.bold),
        color: line.color,
      },
      blockCell,
    );
    lineY += height;
  }
  const bottom = Math.max(lineY + cellPad, y + rowHeight);
  artifact(doc, 'Layout', () =>
    doc
      .lineWidth(0.5)
      .moveTo(page.margin, bottom)
      .lineTo(page.width - page.margin, bottom)
      .stroke(rule),
  );
  return bottom;
}

function blockLines(
  doc: PDFDocument,
  t: Translate<PrintMessageKey>,
  row: ScriptRow,
  width: number,
): CellLine[] {
  const set = (value: string, fontSize: number, bold: boolean, color: string): CellLine[] =>
    pdfLines(doc, value, fontSize, width, bold).map((line) => ({ text: line, fontSize, bold, color }));
  const lines = set(row.title, font.body, true, ink);
  for (const note of row.notes ?? []) lines.push(...set(`• ${note}`, font.note, false, ink));
  if (row.materials && row.materials.length > 0)
    lines.push(...set(t('materials', { list: row.materials.join(', ') }), font.note, false, muted));
  return lines;
}

/** The working form in words: "Plenum", "3 grupper à 4–5". */
export function groupText(t: Translate<PrintMessageKey>, split: GroupSplit): string {
  if (split.kind === 'plenary') return t('plenary');
  if (split.kind === 'individual') return t('individual');
  const size = split.minSize === split.maxSize ? String(split.minSize) : `${split.minSize}–${split.maxSize}`;
  return t('groups', { count: split.groups, size });
}

function text(value: string, fontSize: number, x: number, y: number, width: number, bold = false) {
  return { text: value, fontSize, x, y, width, bold, color: ink, leading };
}
