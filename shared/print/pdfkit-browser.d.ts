// The part of pdfkit's platform-free build (`js/pdfkit.browser.mjs`, aliased in vite.config.ts) the
// print renderer uses. @types/pdfkit describes the Node build and pulls Node's types into the core.
declare module 'pdfkit/browser' {
  export interface StandardFontData {
    name: string;
  }
  export interface PdfPageOptions {
    size?: string | [number, number];
    layout?: 'portrait' | 'landscape';
    margin?: number;
  }
  export interface PdfDocumentOptions extends PdfPageOptions {
    autoFirstPage?: boolean;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    /** PDF 1.7 and `tagged` give a structure tree (headings, tables) that screen readers read. */
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    tagged?: boolean;
    info?: { Title?: string; Subject?: string; Creator?: string; Producer?: string; CreationDate?: Date };
  }
  export interface PdfTextOptions {
    lineBreak?: boolean;
    baseline?: 'alphabetic' | 'top' | 'middle' | 'bottom';
  }
  /** A node of the tagged PDF's structure tree (`doc.struct`): a heading, a table row, a cell … */
  export interface PDFStructureElement {
    add(child: PDFStructureElement | (() => void)): this;
    end(): void;
  }
  export interface PdfArtifactOptions {
    type?: 'Pagination' | 'Layout' | 'Page' | 'Background';
  }
  export class PDFDocument {
    constructor(options?: PdfDocumentOptions);
    page: { width: number; height: number };
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    addPage(options?: PdfPageOptions): this;
    font(name: string): this;
    registerFont(name: string, data: Uint8Array): this;
    /** The current font; for an embedded one, its fontkit font. */
    _font?: { font?: { hasGlyphForCodePoint(codePoint: number): boolean } };
    struct(
      type: string,
      children?: (PDFStructureElement | (() => void))[] | (() => void),
    ): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: 'Artifact', options?: PdfArtifactOptions): this;
    endMarkedContent(): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options?: PdfTextOptions): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    lineWidth(width: number): this;
    fillOpacity(opacity: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    roundedRect(x: number, y: number, width: number, height: number, radius: number): this;
    ellipse(cx: number, cy: number, rx: number, ry: number): this;
    polygon(...points: [number, number][]): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    save(): this;
    restore(): this;
    translate(x: number, y: number): this;
    scale(factor: number): this;
    end(): void;
  }
  export function registerStdFonts(...fonts: StandardFontData[]): void;
}

declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: import('pdfkit/browser').StandardFontData;
  export default font;
}

declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const font: import('pdfkit/browser').StandardFontData;
  export default font;
}
