import type { Locale } from '../i18n/locale.ts';
import { escapeHtmlText } from '../text/escape-html-text.ts';
import type { HarvestResult } from './harvest-result.ts';
import { type MinutesOptions, type MinutesPart, minutesDocument } from './minutes-parts.ts';

/** A note's lines, escaped, joined by line breaks. */
const noteHtml = (note: string) =>
  note
    .split(/\r\n|\r|\n/)
    .map(escapeHtmlText)
    .join('<br>');

const htmlOf: { [K in MinutesPart['kind']]: (part: Extract<MinutesPart, { kind: K }>) => string } = {
  heading: (part) => `<h3>${escapeHtmlText(part.text)}</h3>`,
  subheading: (part) => `<h4>${escapeHtmlText(part.text)}</h4>`,
  label: (part) => `<p><strong>${escapeHtmlText(part.text)}</strong></p>`,
  notes: (part) => `<ul>${part.notes.map((note) => `<li>${noteHtml(note)}</li>`).join('')}</ul>`,
  remark: (part) => `<p><em>${escapeHtmlText(part.text)}</em></p>`,
};

function renderPart(part: MinutesPart): string {
  return (htmlOf[part.kind] as (part: MinutesPart) => string)(part);
}

/**
 * A harvest as minutes in HTML, for the clipboard: Outlook and other mail programs paste real
 * headings and lists. Every text is escaped; the markup is Netverk's own, nothing typed becomes a tag.
 */
export function renderMinutesHtml(
  result: HarvestResult,
  locale: Locale,
  options: MinutesOptions = {},
): string {
  const { title, parts } = minutesDocument(result, locale, options);
  return `<div><h2>${escapeHtmlText(title)}</h2>${parts.map(renderPart).join('')}</div>`;
}
