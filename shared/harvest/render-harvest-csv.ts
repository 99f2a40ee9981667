import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { assessDots, sharePercent } from './assess-dots.ts';
import { colourName } from './colour-name.ts';
import { harvestMessages } from './harvest-messages.ts';
import type { HarvestResult } from './harvest-result.ts';
import type { HarvestExportOptions } from './render-harvest-markdown.ts';

/** Excel in Danish and Swedish splits on `;` (the comma is their decimal mark); in English on `,`. */
export const csvSeparators: Readonly<Record<Locale, string>> = { da: ';', sv: ';', en: ',' };

// A cell starting with one of these would run as a formula in a spreadsheet (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV field: formula-guarded, quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The harvest as CSV for Excel: UTF-8 with BOM (so æ, ø, å, ä, ö survive), CRLF rows, one row per
 * note with columns board, template (its title), zone, note, colour; notes outside zones last, without a board.
 */
export function renderHarvestCsv(
  result: HarvestResult,
  locale: Locale,
  options: HarvestExportOptions = {},
): string {
  const t = createTranslator(harvestMessages, locale);
  const separator = csvSeparators[locale];
  const assessments = assessDots(result);
  // The dot columns only when a board was voted on: a plain harvest keeps its five columns.
  const dots = assessments.length > 0;
  const rows: string[][] = [
    [
      t('columnBoard'),
      t('columnTemplate'),
      t('columnZone'),
      t('columnNote'),
      t('columnColour'),
      ...(dots ? [t('columnDots'), t('columnShare')] : []),
    ],
  ];
  for (const board of result.boards) {
    // The template's title, never its id; blank for a template nobody here knows.
    const template = options.templateTitle?.(board.templateId) ?? '';
    for (const zone of board.zones) {
      for (const note of zone.notes) {
        rows.push([board.title, template, zone.title, note.text, colourName(note.color, t)]);
      }
    }
  }
  for (const note of result.unplaced)
    rows.push(['', '', t('unplacedHeading'), note.text, colourName(note.color, t)]);
  // One row per assessed zone: its dots and share, numbers a spreadsheet can chart.
  for (const assessment of assessments) {
    const board = result.boards.find((b) => b.boardId === assessment.boardId);
    for (const score of assessment.scores) {
      const zone = board?.zones.find((z) => z.zoneId === score.zoneId);
      rows.push([
        assessment.title,
        board?.templateId ?? '',
        zone?.title ?? score.label,
        '',
        '',
        String(score.count),
        String(sharePercent(score.share)),
      ]);
    }
  }
  if (dots) for (const row of rows) while (row.length < 7) row.push('');
  const lines = rows.map((cells) => cells.map((cell) => csvField(cell, separator)).join(separator));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
