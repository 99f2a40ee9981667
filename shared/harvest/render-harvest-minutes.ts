import type { Locale } from '../i18n/locale.ts';
import { escapeMarkdownLine, escapeMarkdownText } from '../text/escape-markdown.ts';
import type { HarvestResult } from './harvest-result.ts';
import { type MinutesOptions, type MinutesPart, minutesDocument } from './minutes-parts.ts';

const markdownOf: { [K in MinutesPart['kind']]: (part: Extract<MinutesPart, { kind: K }>) => string } = {
  heading: (part) => `## ${escapeMarkdownLine(part.text)}`,
  subheading: (part) => `### ${escapeMarkdownLine(part.text)}`,
  label: (part) => `**${escapeMarkdownLine(part.text)}**`,
  notes: (part) => part.notes.map((note) => `- ${escapeMarkdownText(note, '  ')}`).join('\n'),
  remark: (part) => `*${escapeMarkdownLine(part.text)}*`,
};

function renderPart(part: MinutesPart): string {
  return (markdownOf[part.kind] as (part: MinutesPart) => string)(part);
}

/**
 * A harvest as minutes in Markdown ("Copy as Markdown", files): the parts of `minutesDocument`.
 * User text is escaped so it shows as typed. For an e-mail, the plain text and HTML forms paste better.
 */
export function renderHarvestMinutes(
  result: HarvestResult,
  locale: Locale,
  options: MinutesOptions = {},
): string {
  const { title, parts } = minutesDocument(result, locale, options);
  return `${[`# ${escapeMarkdownLine(title)}`, ...parts.map(renderPart)].join('\n\n')}\n`;
}
