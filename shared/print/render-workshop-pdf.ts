import { PDFDocument, registerStdFonts } from 'pdfkit/browser';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';
import { drawPlanPoster } from './draw-plan-poster.ts';
import { drawScriptPages } from './draw-script-pages.ts';
import { winAnsiText } from './win-ansi-text.ts';
import type { WorkshopScript } from './workshop-script.ts';

// The fonts' metrics come in as modules: nothing is read from disk, in Node or in a browser.
registerStdFonts(Helvetica, HelveticaBold);

/**
 * The facilitator's PDF: the A4 running order, then each poster on its own A3 or A1 page. Text is
 * real text in Helvetica (searchable, æøå intact), set where the board measure breaks it.
 */
export function renderWorkshopPdf(script: WorkshopScript): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    lang: script.locale,
    displayTitle: true,
    info: {
      Title: winAnsiText(script.title),
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
  drawScriptPages(doc, script);
  for (const poster of script.posters) drawPlanPoster(doc, poster);
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
