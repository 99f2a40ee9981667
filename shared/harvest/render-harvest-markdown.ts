import { createTranslator, type Translate } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { escapeMarkdownLine, escapeMarkdownText } from '../text/escape-markdown.ts';
import { assessDots } from './assess-dots.ts';
import { type HarvestMessageKey, harvestMessages } from './harvest-messages.ts';
import type { HarvestBoard, HarvestNote, HarvestResult } from './harvest-result.ts';
import { dotVoteBlocks } from './render-dot-votes-markdown.ts';

function heading(level: number, text: string): string {
  // A heading is one line: a multi-line title reads on one.
  return `${'#'.repeat(level)} ${escapeMarkdownLine(text.replace(/\s*\n\s*/g, ' '))}`;
}

function noteList(notes: readonly HarvestNote[], t: Translate<HarvestMessageKey>): string {
  if (notes.length === 0) return `*${escapeMarkdownLine(t('noNotes'))}*`;
  return notes.map((note) => `- ${escapeMarkdownText(note.text, '  ')}`).join('\n');
}

/** What the exports need beside the harvest: a template's or session's title by its id (ids are never shown). */
export interface HarvestExportOptions {
  templateTitle?: (templateId: string) => string | undefined;
}

function boardSection(
  board: HarvestBoard,
  t: Translate<HarvestMessageKey>,
  options: HarvestExportOptions,
): string[] {
  const template = options.templateTitle?.(board.templateId);
  return [
    heading(2, board.title || board.boardId),
    ...(template ? [escapeMarkdownLine(t('templateLine', { template }))] : []),
    ...board.zones.flatMap((zone) => [heading(3, zone.title || zone.zoneId), noteList(zone.notes, t)]),
  ];
}

/**
 * The harvest as Markdown: a heading per board and zone, notes as list items. User text is
 * escaped so it shows as typed; a note's lines are hard breaks within its item.
 */
export function renderHarvestMarkdown(
  result: HarvestResult,
  locale: Locale,
  options: HarvestExportOptions = {},
): string {
  const t = createTranslator(harvestMessages, locale);
  const blocks = [
    heading(1, t('documentTitle')),
    ...result.boards.flatMap((board) => boardSection(board, t, options)),
  ];
  for (const assessment of assessDots(result)) blocks.push(...dotVoteBlocks(assessment, t));
  if (result.unplaced.length > 0) blocks.push(heading(2, t('unplacedHeading')), noteList(result.unplaced, t));
  if (result.skipped.length > 0)
    blocks.push(`*${escapeMarkdownLine(t('skippedLine', { count: result.skipped.length }))}*`);
  return `${blocks.join('\n\n')}\n`;
}
