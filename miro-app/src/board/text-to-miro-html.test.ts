import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miroHtmlToText } from './miro-html-to-text.ts';
import { textToMiroHtml } from './text-to-miro-html.ts';

describe('textToMiroHtml then miroHtmlToText', () => {
  it.each([
    ['', ''],
    ['a', '<p>a</p>'],
    ['a\nb', '<p>a</p><p>b</p>'],
    ['\n', '<p></p><p></p>'],
    ['<script>alert("x")</script>', '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>'],
    ["Tom & Jerry's", '<p>Tom &amp; Jerry&#39;s</p>'],
    ['a\r\nb', '<p>a&#13;</p><p>b</p>'],
    ['&amp;lt;', '<p>&amp;amp;lt;</p>'],
  ])('escapes %j', (text, html) => {
    expect(textToMiroHtml(text)).toBe(html);
    expect(miroHtmlToText(html)).toBe(text);
  });

  it('emits only <p> tags', () => {
    expect(textToMiroHtml('<b>x</b><br><img src=x onerror=alert(1)>').match(/<[a-z/]+/g)).toEqual([
      '<p',
      '</p',
    ]);
  });

  const hostile = fc.constantFrom(
    '<script>alert(1)</script>',
    '<p>',
    '</p>',
    '<br>',
    '&',
    '&amp;',
    '&amp;lt;',
    '&#39;',
    '&nbsp;',
    '"',
    "'",
    '<',
    '>',
    '\n',
    '\r',
    '\r\n',
    ' ',
    '  ',
    '\u00a0',
    '😀',
    '👩‍👩‍👧',
    'שלום',
    'مرحبا',
    '\u202e',
    'æøå ÆØÅ äö ÄÖ',
    '<!--',
    '-->',
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(fc.oneof(hostile, fc.string({ maxLength: 5 })), { maxLength: 60 })
      .map((parts) => parts.join('')),
  );

  it('gives back exactly what was typed', () => {
    fc.assert(
      fc.property(text, (s) => miroHtmlToText(textToMiroHtml(s)) === s),
      { numRuns: 2_000 },
    );
  });

  it('gives back the same through the general reader as through the fast path', () => {
    const inline = (s: string) =>
      textToMiroHtml(s).replaceAll('<p>', '<p><strong>').replaceAll('</p>', '</strong></p>');
    fc.assert(
      fc.property(text, (s) => miroHtmlToText(inline(s)) === s),
      { numRuns: 1_000 },
    );
  });

  it('gives back 5,999 characters of hostile text', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 20 }), fc.nat(), (parts, offset) => {
        let s = '';
        for (let i = 0; s.length < 5_999; i += 1) s += parts[(i + offset) % parts.length];
        s = s.slice(0, 5_999);
        // Cutting may split an emoji's surrogate pair: the round trip must not care.
        return miroHtmlToText(textToMiroHtml(s)) === s && s.length === 5_999;
      }),
      { numRuns: 50 },
    );
  });
});
