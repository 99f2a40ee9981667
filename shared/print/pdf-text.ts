import type { PDFDocument, PDFStructureElement } from 'pdfkit/browser';
import type { Locale } from '../i18n/locale.ts';
import { estimateTextBox } from '../plan/estimate-text-box.ts';
import { fontsOf } from './pdf-fonts.ts';

/** A block of text to set, in the current user space units. */
export interface PdfTextBlock {
  text: string;
  fontSize: number;
  x: number;
  y: number;
  width: number;
  /** Needed only to centre the block vertically. */
  height?: number;
  align?: 'left' | 'center';
  valign?: 'top' | 'middle';
  bold?: boolean;
  color: string;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** The language whose syllables long words break at (a poster's plan's). */
  locale?: Locale;
}

/** The block's text in the document's font, wrapped by the same measure as boards and SVG. */
export function pdfLines(
  doc: PDFDocument,
  text: string,
  fontSize: number,
  width: number,
  bold = false,
  locale?: Locale,
): string[] {
  return estimateTextBox(fontsOf(doc).drawable(text), fontSize, width, bold, locale).lines;
}

/**
 * Sets the text line by line at explicit positions (pdfkit's own wrapping is never used), so the
 * PDF breaks lines exactly where the board plan's measure does. Returns the height used. With
 * `into`, the text is that structure element's content (a heading, a cell) for screen readers.
 */
export function drawTextBlock(doc: PDFDocument, block: PdfTextBlock, into?: PDFStructureElement): number {
  let used = 0;
  const draw = () => {
    used = setLines(doc, block);
  };
  if (into) into.add(draw);
  else draw();
  return used;
}

function setLines(doc: PDFDocument, block: PdfTextBlock): number {
  const fonts = fontsOf(doc);
  const lines = pdfLines(doc, block.text, block.fontSize, block.width, block.bold ?? false, block.locale);
  const lineHeight = block.fontSize * block.leading;
  const used = lines.length * lineHeight;
  const top =
    block.valign === 'middle' && block.height !== undefined ? block.y + (block.height - used) / 2 : block.y;
  doc
    .font(block.bold ? fonts.bold : fonts.regular)
    .fontSize(block.fontSize)
    .fillColor(block.color);
  lines.forEach((line, i) => {
    if (line === '') return;
    const width = estimateTextBox(line, block.fontSize, Number.POSITIVE_INFINITY, block.bold ?? false).width;
    const x = block.align === 'center' ? block.x + (block.width - width) / 2 : block.x;
    // The baseline sits a third of an em below the line's middle, as in the SVG preview.
    const baseline = top + i * lineHeight + lineHeight / 2 + block.fontSize * 0.34;
    doc.text(line, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  });
  return used;
}
