import type { Locale } from '../i18n/locale.ts';
import type { HarvestResult } from './harvest-result.ts';
import { type MinutesOptions, type MinutesPart, minutesDocument } from './minutes-parts.ts';

/** A note as a bullet; its further lines indented under it. Nothing is escaped: plain text shows as typed. */
const bullet = (note: string) =>
  `• ${note
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join('\n  ')}`;

function lineOf(part: MinutesPart): string {
  if (part.kind === 'notes') return part.notes.map(bullet).join('\n');
  return part.text;
}

/** Headings and blocks start after an empty line; labels follow a list after one too. */
const opensParagraph = (part: MinutesPart, before: MinutesPart | undefined) =>
  before !== undefined &&
  (part.kind === 'heading' ||
    part.kind === 'subheading' ||
    part.kind === 'remark' ||
    (part.kind === 'label' && before.kind === 'notes'));

/**
 * A harvest as minutes in plain text, for the clipboard beside the HTML: headings on their own
 * lines, "•" bullets, no Markdown and no escapes ("12. marts" stays "12. marts").
 */
export function renderMinutesText(
  result: HarvestResult,
  locale: Locale,
  options: MinutesOptions = {},
): string {
  const { title, parts } = minutesDocument(result, locale, options);
  const lines = [title, ''];
  parts.forEach((part, i) => {
    if (opensParagraph(part, parts[i - 1])) lines.push('');
    lines.push(lineOf(part));
  });
  return `${lines.join('\n')}\n`;
}
