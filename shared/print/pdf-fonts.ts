import type { PDFDocument } from 'pdfkit/browser';
import { drawableText, winAnsiText } from './win-ansi-text.ts';

/**
 * The bytes of a TrueType font with a regular and a bold face, metric-compatible with Helvetica
 * (Liberation Sans / Arimo, SIL OFL), so the shared text measure still holds. The core never reads
 * files: the caller passes the bytes (the CLI bundles them; see `shared/cli/pdf-font-data.ts`).
 */
export interface PdfFontData {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The fonts a document sets its text in, and the text as those fonts can draw it. */
export interface PdfFontSet {
  regular: string;
  bold: string;
  drawable(text: string): string;
}

const standard: PdfFontSet = { regular: 'Helvetica', bold: 'Helvetica-Bold', drawable: winAnsiText };
const byDocument = new WeakMap<PDFDocument, PdfFontSet>();

/**
 * Registers the embedded fonts with the document (subset, so only the letters used are stored).
 * Without font data the document uses the standard Helvetica, which draws only WinAnsi (Latin-1
 * and a few more); with it, every letter the font has (Sámi ŋ đ ŧ, Polish, Czech …) prints.
 */
export function registerPdfFonts(doc: PDFDocument, data: PdfFontData | undefined): PdfFontSet {
  if (!data) {
    byDocument.set(doc, standard);
    return standard;
  }
  doc.registerFont('NetverkSans', data.regular);
  doc.registerFont('NetverkSans-Bold', data.bold);
  const faces = [doc.font('NetverkSans-Bold')._font, doc.font('NetverkSans')._font];
  const has = (codePoint: number) =>
    faces.every((face) => face?.font?.hasGlyphForCodePoint(codePoint) ?? false);
  const set: PdfFontSet = {
    regular: 'NetverkSans',
    bold: 'NetverkSans-Bold',
    drawable: (text) => drawableText(text, has),
  };
  byDocument.set(doc, set);
  return set;
}

/** The fonts registered for the document by `registerPdfFonts`, else the standard Helvetica. */
export function fontsOf(doc: PDFDocument): PdfFontSet {
  return byDocument.get(doc) ?? standard;
}
