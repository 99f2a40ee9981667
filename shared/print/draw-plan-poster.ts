import type { PDFDocument, PDFStructureElement } from 'pdfkit/browser';
import type { Locale } from '../i18n/locale.ts';
import type { PlanConnector, PlanItem, PlanItemKind } from '../plan/board-plan.ts';
import { captionBox, captionTextArea, connectorSegment, type Rect } from '../plan/connector-geometry.ts';
import { measureIn, textMetrics } from '../plan/estimate-text-box.ts';
import { itemTextArea, type MeasureText } from '../plan/item-text-area.ts';
import { planColors, planFont } from '../plan/plan-style.ts';
import { frameTitleBand, planBounds, printMarginMm, printScale } from '../plan/print-scale.ts';
import { fitLine } from '../plan/svg-items.ts';
import { stickyColorHex } from '../templates/sticky-colors.ts';
import { fontsOf } from './pdf-fonts.ts';
import { artifact, structure } from './pdf-structure.ts';
import { drawTextBlock } from './pdf-text.ts';
import type { ScriptPoster } from './workshop-script.ts';

const pointsPerMm = 72 / 25.4;
const connectorColor = '#4a5060';

/** The poster being drawn: its section of the structure tree and the plan's language. */
interface Poster {
  section: PDFStructureElement;
  locale: Locale;
  measure: MeasureText;
}

type Painters = {
  [K in PlanItemKind]: (doc: PDFDocument, item: Extract<PlanItem, { kind: K }>, poster: Poster) => void;
};

/**
 * One painter per item kind, drawing what the SVG preview draws, in board units. Shapes are layout
 * artifacts; a frame's title is a heading and every text a paragraph of the poster's section.
 */
const painters: Painters = {
  frame: (doc, item, poster) => {
    artifact(doc, 'Layout', () => fillRect(doc, item, item.props.fillColor, '#d5d9e0'));
    const fonts = fontsOf(doc);
    const title = fitLine(
      fonts.drawable(item.props.title).replace(/\n/g, ' '),
      planFont.frameTitle,
      item.width,
    );
    const baseline = item.y - frameTitleBand / 2 + planFont.frameTitle * 0.34;
    structure(doc, poster.section, 'H2').add(() => {
      doc.font(fonts.regular).fontSize(planFont.frameTitle).fillColor('#5f6672');
      doc.text(title, item.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    });
  },
  shape: (doc, item, poster) => {
    artifact(doc, 'Layout', () => drawShape(doc, item));
    drawArea(doc, item, planColors.text, poster);
  },
  text: (doc, item, poster) => drawArea(doc, item, planColors.text, poster),
  sticky: (doc, item, poster) => {
    artifact(doc, 'Layout', () => {
      doc
        .rect(item.x + 4, item.y + 6, item.width, item.height)
        .fillColor('#000000', 0.12)
        .fill();
      doc.fillColor('#000000', 1);
      fillRect(doc, item, stickyColorHex[item.props.color]);
    });
    drawArea(doc, item, item.props.color === 'black' ? '#ffffff' : planColors.text, poster);
  },
};

function drawShape(doc: PDFDocument, item: Extract<PlanItem, { kind: 'shape' }>): void {
  const { fillColor, borderColor, shape } = item.props;
  doc.lineWidth(2);
  if (shape === 'round_rectangle') doc.roundedRect(item.x, item.y, item.width, item.height, 24);
  else if (shape === 'circle')
    doc.ellipse(item.x + item.width / 2, item.y + item.height / 2, item.width / 2, item.height / 2);
  else if (shape === 'rhombus')
    doc.polygon(
      [item.x + item.width / 2, item.y],
      [item.x + item.width, item.y + item.height / 2],
      [item.x + item.width / 2, item.y + item.height],
      [item.x, item.y + item.height / 2],
    );
  else doc.rect(item.x, item.y, item.width, item.height);
  paint(doc, fillColor, borderColor);
}

/**
 * Adds a page of the poster's paper and draws the plan on it, scaled and centred as the SVG is,
 * tagged as a section of `root`.
 */
export function drawPlanPoster(doc: PDFDocument, poster: ScriptPoster, root: PDFStructureElement): void {
  const { plan, paper } = poster;
  const scale = printScale(plan, paper);
  doc.addPage({ size: paper, layout: scale.orientation, margin: 0 });
  const bounds = planBounds(plan);
  const margin = printMarginMm / scale.mmPerUnit;
  const k = scale.mmPerUnit * pointsPerMm;
  const offsetX = (doc.page.width - (bounds.width + 2 * margin) * k) / 2;
  const offsetY = (doc.page.height - (bounds.height + 2 * margin) * k) / 2;
  doc.save();
  doc
    .translate(offsetX, offsetY)
    .scale(k)
    .translate(margin - bounds.x, margin - bounds.y);
  const section: Poster = {
    section: structure(doc, root, 'Sect'),
    locale: plan.locale,
    measure: measureIn(plan.locale),
  };
  for (const item of plan.items)
    (painters[item.kind] as (doc: PDFDocument, item: PlanItem, poster: Poster) => void)(doc, item, section);
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  for (const connector of plan.connectors) drawConnector(doc, connector, byId, section);
  doc.restore();
}

function drawArea(doc: PDFDocument, item: PlanItem, color: string, poster: Poster): void {
  const area = itemTextArea(item, poster.measure);
  if (!area || area.text.trim() === '') return;
  drawTextBlock(
    doc,
    { ...area, color, leading: textMetrics.lineHeight, locale: poster.locale },
    structure(doc, poster.section, 'P'),
  );
}

function drawConnector(
  doc: PDFDocument,
  connector: PlanConnector,
  byId: Map<string, PlanItem>,
  poster: Poster,
): void {
  const from = byId.get(connector.fromId);
  const to = byId.get(connector.toId);
  if (!from || !to) return;
  const s = connectorSegment(from, to, connector.props.toPosition);
  const angle = Math.atan2(s.y2 - s.y1, s.x2 - s.x1);
  const head = 24;
  // The line stops where the arrow head begins, so its end does not poke through the tip.
  const endX = s.x2 - Math.cos(angle) * head * 0.8;
  const endY = s.y2 - Math.sin(angle) * head * 0.8;
  const side = (turn: number): [number, number] => [
    s.x2 - head * Math.cos(angle + turn),
    s.y2 - head * Math.sin(angle + turn),
  ];
  artifact(doc, 'Layout', () => {
    doc.lineWidth(3).moveTo(s.x1, s.y1).lineTo(endX, endY).stroke(connectorColor);
    doc.polygon([s.x2, s.y2], side(0.45), side(-0.45)).fill(connectorColor);
  });
  const caption = captionBox(connector, s, poster.measure);
  if (!caption) return;
  artifact(doc, 'Layout', () => {
    doc.lineWidth(1).roundedRect(caption.x, caption.y, caption.width, caption.height, 8);
    paint(doc, '#ffffff', '#c3c7cf');
  });
  drawTextBlock(
    doc,
    {
      ...captionTextArea(connector, caption),
      color: planColors.text,
      leading: textMetrics.lineHeight,
      locale: poster.locale,
    },
    structure(doc, poster.section, 'P'),
  );
}

function fillRect(doc: PDFDocument, rect: Rect, fill: string, stroke?: string): void {
  doc.lineWidth(2).rect(rect.x, rect.y, rect.width, rect.height);
  paint(doc, fill, stroke);
}

const hex = /^#[0-9a-f]{6}$/i;

/** Fills and strokes the current path with the colours that are real colours (plans may say `transparent`). */
function paint(doc: PDFDocument, fill: string, stroke?: string): void {
  const fills = hex.test(fill);
  const strokes = stroke !== undefined && hex.test(stroke);
  if (fills && strokes) doc.fillAndStroke(fill, stroke);
  else if (fills) doc.fill(fill);
  else if (strokes) doc.stroke(stroke);
  else {
    // Nothing to paint: close the path invisibly so it does not leak into the next one.
    doc.fillOpacity(0).fill().fillOpacity(1);
  }
}
