import type { Locale } from '../../../shared/index.ts';
import type { DraftRecord } from '../storage/record-schemas.ts';
import { createPagesTranslator } from './pages-translator.ts';
import { themeCanvasFields } from './theme-canvas-fields.ts';

/** A draft as a Markdown document: the theme title as heading, one section per filled field. */
export function draftToMarkdown(draft: DraftRecord, locale: Locale): string {
  const t = createPagesTranslator(locale);
  const lines = [`# ${oneLine(draft.themeTitle) || t('untitled')}`, ''];
  if (draft.networkName.trim()) lines.push(`${t('networkName')}: ${oneLine(draft.networkName)}`, '');
  for (const field of themeCanvasFields(locale)) {
    const text = draft.fields[field.id]?.trim();
    if (!text) continue;
    lines.push(`## ${field.title}`, '', text, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Newlines in a title would break the heading. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
