import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.ts';
import { builtInSessions, findSession } from './catalogue/built-in-sessions.ts';
import { renderFullRunningOrder } from './render-full-running-order.ts';
import { renderRunningOrderMarkdown, renderRunningOrderText } from './render-running-order.ts';
import { timeSession } from './time-session.ts';

const unfold = findSession('unfold-the-theme');
if (!unfold) throw new Error('unfold-the-theme is missing');

describe('renderRunningOrderText', () => {
  it('writes a heading and one clock line per block, as the calendar shows them', () => {
    const order = timeSession(unfold, { locale: 'da', participants: 14, start: '2026-12-01T09:00:00+01:00' });
    const lines = renderRunningOrderText(order).split('\n');
    expect(lines[0]).toBe('Drejebog: Udfold temaet');
    expect(lines).toHaveLength(order.entries.length + 1);
    expect(lines[1]).toBe('09:00–09:10  Velkommen');
    expect(lines.at(-1)).toBe('10:50–11:00  Aftaler og næste skridt');
    // Groups named with their size, in the user's language.
    expect(lines.find((line) => line.includes('syv'))).toMatch(/\(3 grupper à 4–5\)$/);
  });

  it('writes minute spans when the session has no start', () => {
    const order = timeSession(unfold, { locale: 'en', participants: 6 });
    const lines = renderRunningOrderText(order).split('\n');
    expect(lines[1]).toBe('0–10 minutes  Welcome');
    expect(lines.join('\n')).not.toMatch(/\d:\d\d/);
  });

  it('names the presentation round with its minutes each', () => {
    const meeting = findSession('open-network-meeting');
    if (!meeting) throw new Error('open-network-meeting is missing');
    const order = timeSession(meeting, { locale: 'sv', participants: 10, minutes: 90, start: '13:00' });
    expect(renderRunningOrderText(order)).toMatch(/Presentationsrunda \(\d+ minut(er)? per person\)/);
  });
});

describe('renderRunningOrderMarkdown', () => {
  it('has every block with its notes, the warning naming the block to shorten, and what to bring', () => {
    const review = findSession('yearly-value-review');
    if (!review) throw new Error('yearly-value-review is missing');
    const order = timeSession(review, { locale: 'en', participants: 12, start: '09:00' });
    const md = renderRunningOrderMarkdown(order);
    expect(md).toMatch(/^# Yearly value review\n/);
    expect(md).toContain('## Before the session');
    for (const entry of order.entries) expect(md).toContain(entry.title);
    // What done looks like, under each block.
    expect(md).toContain('- Done when: ');
    const tight = timeSession(unfold, { locale: 'en', participants: 12, minutes: 60, start: '09:00' });
    expect(tight.fits).toBe(false);
    expect(renderRunningOrderMarkdown(tight)).toContain(
      `> The session needs ${tight.totalMinutes} minutes; the event is 60.`,
    );
  });

  it('renders every built-in session in every language', () => {
    for (const session of builtInSessions)
      for (const locale of locales) {
        const order = timeSession(session, { locale, participants: 9, start: '10:00' });
        expect(renderRunningOrderMarkdown(order)).toContain(order.entries[0]?.clock ?? 'missing');
        expect(renderRunningOrderText(order).split('\n')).toHaveLength(order.entries.length + 1);
      }
  });
});

describe('renderFullRunningOrder', () => {
  it('writes the same running order as text, Markdown and escaped HTML', () => {
    const order = timeSession(unfold, { locale: 'da', participants: 14, start: '2027-03-16T09:00:00+01:00' });
    order.network = 'Netværket <b>&"q"</b>';
    for (const format of ['text', 'markdown', 'html'] as const) {
      const doc = renderFullRunningOrder(order, { format });
      for (const entry of order.entries) expect(doc).toContain(`${entry.clock}–${entry.endClock}`);
    }
    const html = renderFullRunningOrder(order, { format: 'html' });
    expect(html).toContain('Netværket &lt;b&gt;&amp;&quot;q&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<h1>Udfold temaet</h1>');
    // Plain text has no Markdown: no escapes, no bold, no heading marks.
    expect(renderFullRunningOrder(order, { format: 'text' })).not.toMatch(/\\|\*\*|^#/m);
  });
});
