import { PDFDocument, registerStdFonts } from 'pdfkit/browser';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';
import { drawPlanPoster } from './draw-plan-poster.ts';
import { drawScriptPages } from './draw-script-pages.ts';
import { type PdfFontData, registerPdfFonts } from './pdf-fonts.ts';
import type { WorkshopScript } from './workshop-script.ts';

// The fonts' metrics come in as modules: nothing is read from disk, in Node or in a browser.
registerStdFonts(Helvetica, HelveticaBold);

export interface PdfOptions {
  /** An embedded Helvetica-compatible font; without it, the standard Helvetica (WinAnsi letters only). */
  fonts?: PdfFontData;
}

/**
 * The facilitator's PDF: the A4 running order, then each poster on its own A3 or A1 page. Text is
 * real text (searchable, æøå intact), set where the board measure breaks it, in the embedded font
 * when one is given (every letter it has prints). Tagged (PDF 1.7, with the language) for screen
 * readers: headings, the running order as a table with one row per block, each poster a section.
 */
export function renderWorkshopPdf(script: WorkshopScript, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    lang: script.locale,
    displayTitle: true,
    info: {
      // Metadata is Unicode text, whatever font the pages use.
      Title: script.title.replace(/[^\P{Cc}]/gu, ' '),
      Creator: 'Netverk',
      Producer: 'Netverk',
      CreationDate: script.createdAt,
    },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(concat(chunks)));
  });
  registerPdfFonts(doc, options.fonts);
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawScriptPages(doc, script, root);
  for (const poster of script.posters) drawPlanPoster(doc, poster, root);
  root.end();
  doc.end();
  return done;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
