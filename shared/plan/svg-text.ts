import { estimateTextBox, textMetrics } from './estimate-text-box.ts';
import type { MeasureText, TextArea } from './item-text-area.ts';

// XML 1.0 forbids most control characters and lone surrogates: drop them rather than emit a broken file.
const notXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(notXml, '').replace(/[&<>"']/g, (char) => xmlEscapes[char] ?? char);
}

/** Number for SVG output: at most two decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The area's text as one `<text>` with a `<tspan>` per wrapped line, wrapped by the same estimate
 * the layout sized the box with.
 */
export function svgTextBlock(
  area: TextArea,
  style: { color: string },
  measure: MeasureText = estimateTextBox,
): string {
  const { lines } = measure(area.text, area.fontSize, area.width, area.bold ?? false);
  if (lines.length === 0) return '';
  const lineHeight = area.fontSize * textMetrics.lineHeight;
  const blockHeight = lines.length * lineHeight;
  const top = area.valign === 'middle' ? area.y + (area.height - blockHeight) / 2 : area.y;
  const x = area.align === 'center' ? area.x + area.width / 2 : area.x;
  const anchor = area.align === 'center' ? ' text-anchor="middle"' : '';
  const weight = area.bold ? ' font-weight="700"' : '';
  // Baseline sits a third of an em below the line's middle: close to how sans-serif fonts centre.
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${num(x)}" y="${num(top + i * lineHeight + lineHeight / 2 + area.fontSize * 0.34)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text font-size="${num(area.fontSize)}"${weight}${anchor} fill="${style.color}">${tspans}</text>`;
}
