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

const content = page.width - 2 * page.margin;

interface Column {
  x: number;
  width: number;
}

type ColumnId = 'time' | 'minutes' | 'block' | 'groups';

/** The table's columns in reading order, with their labels; the block takes whatever width the others leave. */
const columnOrder: readonly ColumnId[] = ['time', 'minutes', 'block', 'groups'];
const columnLabels: Readonly<Record<ColumnId, PrintMessageKey>> = {
  time: 'columnTime',
  minutes: 'columnMinutes',
  block: 'columnBlock',
  groups: 'columnGroups',
};
// `09:00–09:25` in bold stays on one line.
const fixedWidths: Readonly<Record<Exclude<ColumnId, 'block'>, number>> = {
  time: 68,
  minutes: 36,
  groups: 112,
};

type Columns = Partial<Record<ColumnId, Column>>;

/** The columns some row fills: a column no row has a value for is left out, not printed empty. */
function tableColumns(rows: readonly ScriptRow[]): Columns {
  const filled: Readonly<Record<ColumnId, boolean>> = {
    time: rows.some((row) => row.start !== undefined),
    minutes: rows.some((row) => row.minutes !== undefined),
    block: true,
    groups: rows.some((row) => row.groups !== undefined),
  };
  const shown = columnOrder.filter((id) => filled[id]);
  const fixed = shown.reduce((sum, id) => sum + (id === 'block' ? 0 : fixedWidths[id]), 0);
  const columns: Columns = {};
  let x: number = page.margin;
  for (const id of shown) {
    const width = id === 'block' ? content - fixed : fixedWidths[id];
    columns[id] = { x, width };
    x += width;
  }
  return columns;
}

/** A row's time: `09:00–09:25`, or its start alone. */
function timeText(row: ScriptRow): string {
  if (row.start === undefined) return '';
  return row.end === undefined ? row.start : `${row.start}–${row.end}`;
}

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
  const heading = script.heading ?? t('runningOrder');
  y += drawTextBlock(doc, text(heading, font.heading, page.margin, y, content, true), tag('H2')) + 4;
  const table: Table = { t, columns: tableColumns(script.rows) };
  const tableTag = tag('Table');
  y = drawHeader(doc, table, y, structure(doc, tableTag, 'TR'));
  for (const row of script.rows) y = drawRow(doc, table, row, y, structure(doc, tableTag, 'TR'));
  if (script.totalMinutes !== undefined) {
    if (y + font.body * leading > page.height - page.margin) y = newPage(doc, table);
    const x = table.columns.block?.x ?? page.margin;
    y += drawTextBlock(
      doc,
      text(t('totalMinutes', { count: script.totalMinutes }), font.body, x, y + 6, content, true),
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

/** What every row of one table is drawn with: the words, and the columns its rows fill. */
interface Table {
  t: Translate<PrintMessageKey>;
  columns: Columns;
}

function newPage(doc: PDFDocument, table: Table): number {
  doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
  let bottom: number = page.margin;
  // The repeated header is pagination: a screen reader reads the table's one header row.
  artifact(doc, 'Pagination', () => {
    bottom = drawHeader(doc, table, page.margin);
  });
  return bottom;
}

/** The header row; `row` tags its labels as header cells (TH), else they are drawn untagged. */
function drawHeader(doc: PDFDocument, { t, columns }: Table, y: number, row?: PDFStructureElement): number {
  const height = font.head * leading + 2 * cellPad;
  artifact(doc, 'Layout', () => doc.rect(page.margin, y, content, height).fill('#eef0f3'));
  for (const id of columnOrder) {
    const column = columns[id];
    if (!column) continue;
    drawTextBlock(
      doc,
      text(t(columnLabels[id]), font.head, column.x + cellPad, y + cellPad, column.width - 2 * cellPad, true),
      row && structure(doc, row, 'TH'),
    );
  }
  return y + height;
}

function drawRow(
  doc: PDFDocument,
  table: Table,
  row: ScriptRow,
  top: number,
  tableRow: PDFStructureElement,
): number {
  const { t, columns } = table;
  const blockColumn = columns.block ?? { x: page.margin, width: content };
  const blockWidth = blockColumn.width - 2 * cellPad;
  const lines = blockLines(doc, t, row, blockWidth);
  const groups = row.groups ? groupText(t, row.groups) : '';
  const groupLines = columns.groups
    ? pdfLines(doc, groups, font.note, columns.groups.width - 2 * cellPad)
    : [];
  const rowHeight =
    Math.max(
      lines.reduce((sum, line) => sum + line.fontSize * leading, 0),
      groupLines.length * font.note * leading,
    ) +
    2 * cellPad;
  let y = top;
  // A row that fits a fresh page never starts on a page it would overflow.
  if (y + rowHeight > page.height - page.margin && rowHeight <= page.height - 2 * page.margin - 40)
    y = newPage(doc, table);
  // One cell per column shown, in reading order (time, minutes, the block, the working form),
  // whatever order they are drawn in: the working form goes on the row's first page.
  const cells = Object.fromEntries(
    columnOrder.flatMap((id) => (columns[id] ? [[id, structure(doc, tableRow, 'TD')]] : [])),
  ) as Partial<Record<ColumnId, PDFStructureElement>>;
  const cell = (value: string, id: ColumnId, style: { fontSize: number; bold?: boolean; color?: string }) => {
    const column = columns[id];
    if (!column) return;
    const { fontSize, bold = false, color = ink } = style;
    drawTextBlock(
      doc,
      {
        ...text(value, fontSize, column.x + cellPad, y + cellPad, column.width - 2 * cellPad, bold),
        color,
      },
      cells[id],
    );
  };
  cell(timeText(row), 'time', { fontSize: font.body, bold: true });
  cell(row.minutes === undefined ? '' : String(row.minutes), 'minutes', { fontSize: font.body });
  cell(groups, 'groups', { fontSize: font.note, color: muted });
  let lineY = y + cellPad;
  for (const line of lines) {
    const height = line.fontSize * leading;
    // Only a row longer than a page is split: its block text runs on under a new header.
    if (lineY + height > page.height - page.margin) lineY = newPage(doc, table) + cellPad;
    drawTextBlock(
      doc,
      {
        ...text(line.text, line.fontSize, blockColumn.x + cellPad, lineY, blockWidth, line.bold),
        color: line.color,
      },
      cells.block,
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
