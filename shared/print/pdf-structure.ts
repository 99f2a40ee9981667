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
  // Artifacts do not nest (pdfkit would close the outer one): inside one, just draw.
  if (inArtifact.has(doc)) {
    draw();
    return;
  }
  inArtifact.add(doc);
  doc.markContent('Artifact', { type });
  try {
    draw();
  } finally {
    doc.endMarkedContent();
    inArtifact.delete(doc);
  }
}

const inArtifact = new WeakSet<PDFDocument>();
