import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { estimateTextBox } from '../plan/estimate-text-box.ts';
import { escapeXml, num } from '../plan/svg-text.ts';
import { type DotAssessment, sharePercent } from './assess-dots.ts';
import { harvestMessages } from './harvest-messages.ts';

const chart = {
  width: 720,
  row: 40,
  bar: 24,
  labelWidth: 260,
  valueWidth: 110,
  pad: 20,
  font: 16,
  title: 20,
};

/**
 * A board's dot vote as a bar chart: one bar per assessed zone, its length the zone's dots, with the
 * count and share written beside it; strongest bars dark, weakest marked. Plain SVG that any browser,
 * word processor or the minutes' mail can show; text is real text, escaped.
 */
export function renderDotChartSvg(assessment: DotAssessment, locale: Locale): string {
  const t = createTranslator(harvestMessages, locale);
  const most = Math.max(1, ...assessment.scores.map((s) => s.count));
  const barSpace = chart.width - chart.labelWidth - chart.valueWidth - 2 * chart.pad;
  const top = chart.pad + chart.title + 16;
  const height = top + assessment.scores.length * chart.row + chart.pad + 24;
  const cutLabel = (text: string) => {
    // A label longer than its column is cut with "…", measured as the layout measures.
    if (estimateTextBox(text, chart.font, Number.POSITIVE_INFINITY).width <= chart.labelWidth - 12)
      return text;
    let cut = [...text];
    while (
      cut.length > 1 &&
      estimateTextBox(`${cut.join('')}…`, chart.font, Number.POSITIVE_INFINITY).width > chart.labelWidth - 12
    )
      cut = cut.slice(0, -1);
    return `${cut.join('').trimEnd()}…`;
  };
  const rows = assessment.scores.map((score, i) => {
    const y = top + i * chart.row;
    const width = (score.count / most) * barSpace;
    const strong = assessment.strongest.includes(score.zoneId);
    const weak = assessment.weakest.includes(score.zoneId);
    const fill = strong ? '#1e2d7b' : weak ? '#e56673' : '#7a90fe';
    const value = t('dotValue', { count: score.count, percent: sharePercent(score.share) });
    return [
      `<g data-zone="${escapeXml(score.zoneId)}" data-dots="${score.count}">`,
      `<text x="${chart.pad}" y="${num(y + chart.bar * 0.72)}" font-size="${chart.font}" fill="#1a1a1a">${escapeXml(cutLabel(score.label))}</text>`,
      `<rect x="${chart.pad + chart.labelWidth}" y="${y}" width="${num(width)}" height="${chart.bar}" rx="3" fill="${fill}"/>`,
      `<text x="${num(chart.pad + chart.labelWidth + width + 8)}" y="${num(y + chart.bar * 0.72)}" font-size="${chart.font}" fill="#1a1a1a">${escapeXml(value)}</text>`,
      '</g>',
    ].join('');
  });
  const legend = t('dotChartLegend', { total: assessment.total });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${height}" width="${chart.width}" height="${height}" font-family="Helvetica, Arial, sans-serif" role="img" aria-label="${escapeXml(t('dotChartTitle', { board: assessment.title }))}">`,
    `<rect width="${chart.width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${chart.pad}" y="${chart.pad + chart.title}" font-size="${chart.title}" font-weight="700" fill="#1a1a1a">${escapeXml(t('dotChartTitle', { board: assessment.title }))}</text>`,
    ...rows,
    `<text x="${chart.pad}" y="${height - chart.pad}" font-size="${chart.font - 2}" fill="#4a4e5e">${escapeXml(legend)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Every voted board's chart in one SVG, one under the other (the CLI's `--format svg`). */
export function renderDotChartsSvg(assessments: readonly DotAssessment[], locale: Locale): string {
  const t = createTranslator(harvestMessages, locale);
  if (assessments.length === 0)
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} 60" width="${chart.width}" height="60" font-family="Helvetica, Arial, sans-serif"><text x="${chart.pad}" y="36" font-size="${chart.font}">${escapeXml(t('dotVoteNone'))}</text></svg>\n`;
  let y = 0;
  const parts = assessments.map((assessment) => {
    const svg = renderDotChartSvg(assessment, locale).trim();
    const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
    const placed = svg.replace('<svg ', `<svg y="${y}" `);
    y += height;
    return placed;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${y}" width="${chart.width}" height="${y}">\n${parts.join('\n')}\n</svg>\n`;
}
