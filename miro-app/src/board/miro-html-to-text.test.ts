import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, miroHtmlToText } from './miro-html-to-text.ts';

describe('miroHtmlToText on HTML as Miro writes it', () => {
  it.each([
    ['two paragraphs', '<p>a</p><p>b</p>', 'a\nb'],
    ['a line break', '<p>a<br>b</p>', 'a\nb'],
    ['self-closing line break', '<p>a<br/>b<br />c</p>', 'a\nb\nc'],
    ['bold', '<p><strong>x</strong></p>', 'x'],
    [
      'every allowed tag',
      '<p><b>b</b><em>e</em><i>i</i><u>u</u><s>s</s><a href="https://x.dk?a=1&amp;b=2">l</a></p>',
      'beiusl',
    ],
    ['an empty paragraph between', '<p>a</p><p></p><p>b</p>', 'a\n\nb'],
    ['an editor placeholder line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a trailing break shows no line', '<p>a<br></p>', 'a'],
    ['two trailing breaks show one empty line', '<p>a<br><br></p>', 'a\n'],
    ['only an empty paragraph', '<p></p>', ''],
    ['empty content', '', ''],
    ['plain text without tags', 'hello', 'hello'],
    ['loose text after a paragraph', '<p>a</p>b', 'a\nb'],
    ['formatting whitespace between paragraphs', '<p>a</p>\n  <p>b</p>', 'a\nb'],
    [
      'named entities',
      '<p>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; bl&aring;b&aelig;r &oslash; &auml;&ouml;</p>',
      '<b> & "q" \'s\' blåbær ø äö',
    ],
    ['nbsp is a space', '<p>a&nbsp;&nbsp; b&#160;c</p>', 'a   b c'],
    ['numeric entities', '<p>&#39;&#x27;&#X1F600;&#128512;</p>', "''😀😀"],
    ['no double decoding', '<p>&amp;lt;script&amp;gt;</p>', '&lt;script&gt;'],
    ['unknown entity stays', '<p>&bogus; &amp</p>', '&bogus; &amp'],
    ['invalid code points', '&#0;&#xD800;&#x110000;', '\ufffd\ufffd\ufffd'],
    ['script tags stripped, text kept', '<p><script>alert(1)</script></p>', 'alert(1)'],
    ['a quoted > inside an attribute', '<p><a href="a>b" title=\'c>d\'>x</a></p>', 'x'],
    ['comments dropped', '<p>a<!-- <p>hidden</p> -->b</p>', 'ab'],
    ['a lone < is text', '<p>1 < 2</p>', '1 < 2'],
    ['upper-case tags', '<P>a</P><P>b<BR>c</P>', 'a\nb\nc'],
  ])('%s', (_name, html, text) => {
    expect(miroHtmlToText(html)).toBe(text);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes in one pass', () => {
    expect(decodeHtmlEntities('&amp;amp;&amp;#60;')).toBe('&amp;&#60;');
  });
});
