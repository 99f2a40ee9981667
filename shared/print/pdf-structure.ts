import type { PDFDocument, PDFStructureElement, PdfArtifactOptions } from 'pdfkit/browser';

/** A new structure element (`H1`, `P`, `Table`, `TR`, `TD` …) as the last child of `parent`. */
export function structure(doc: PDFDocument, parent: PDFStructureElement, type: string): PDFStructureElement {
  const element = doc.struct(type);
  parent.add(element);
  return element;
}

/**
 * Draws what a screen reader should skip (rules, backgrounds, a repeated table header) as an
 * artifact, so the tagged PDF's content is either structure or marked as decoration.
 */
export function artifact(
  doc: PDFDocument,
  type: NonNullable<PdfArtifactOptions['type']>,
  draw: () => void,
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
