import { describe, expect, it } from 'vitest';
import {
  builtInSessions,
  builtInTemplates,
  layoutSession,
  layoutTemplate,
  locales,
} from '../../../shared/index.ts';
import { miroContent } from './miro-content.ts';
import { miroHtmlToText } from './miro-html-to-text.ts';
import { miroLimits } from './miro-limits.ts';
import { connectorContents, planItemContents } from './plan-to-miro.ts';
import { textToMiroHtml } from './text-to-miro-html.ts';

const limit = miroLimits.contentLength;

describe('miroContent', () => {
  it.each([
    { name: 'short text', text: 'Theme & scope' },
    { name: 'text just under the limit once escaped', text: 'a'.repeat(limit - 8) },
  ])('writes $name whole', ({ text }) => {
    expect(miroContent(text)).toBe(textToMiroHtml(text));
  });

  it.each([
    { name: 'plain text', text: 'a'.repeat(6_000) },
    { name: 'ampersands (five characters each once escaped)', text: '&'.repeat(2_000) },
    { name: 'quotes and angle brackets', text: `<"'>`.repeat(1_500) },
    { name: 'many short lines (a <p> each)', text: 'x\n'.repeat(1_000) },
    { name: 'text exactly at the limit once escaped', text: 'a'.repeat(limit - 7) },
  ])('cuts $name with an ellipsis, under the limit', ({ text }) => {
    const html = miroContent(text);
    expect(html.length).toBeLessThan(limit);
    // Not cut shorter than it needs: one more character of the source would not fit.
    expect(html.length).toBeGreaterThan(limit - 20);
    const kept = miroHtmlToText(html);
    expect(kept.endsWith('…')).toBe(true);
    expect(text.startsWith(kept.slice(0, -1))).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    expect(miroHtmlToText(miroContent('🙂'.repeat(4_000)))).toMatch(/^(🙂)+…$/u);
  });

  it('leaves room for the <strong> bold adds on every line', () => {
    const text = Array.from({ length: 300 }, () => '&&&&&&&&&').join('\n');
    const bold = miroContent(text, true);
    expect(bold.length).toBeLessThan(limit);
    expect(bold.startsWith('<p><strong>')).toBe(true);
    expect(miroHtmlToText(miroContent(text)).length).toBeGreaterThan(miroHtmlToText(bold).length);
  });
});

describe('every built-in template and session, in every language', () => {
  const plans = locales.flatMap((locale) => [
    ...builtInTemplates.map((template) => layoutTemplate(template, { locale, participants: 14 })),
    ...builtInSessions.map((session) =>
      layoutSession(session, { locale, participants: 14, startTime: '09:00' }),
    ),
  ]);

  it('is written to Miro uncut: every text reads back exactly', () => {
    expect(plans.length).toBeGreaterThan(30);
    for (const plan of plans) {
      for (const item of plan.items) {
        if (item.kind === 'frame') continue;
        const [html = ''] = planItemContents(item);
        expect(html.length).toBeLessThan(limit);
        expect(miroHtmlToText(html)).toBe(item.props.text);
      }
      for (const connector of plan.connectors)
        for (const html of connectorContents(connector))
          expect(miroHtmlToText(html)).toBe(connector.props.caption);
    }
  });
});
