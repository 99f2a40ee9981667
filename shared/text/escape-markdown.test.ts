import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, escapeMarkdownText } from './escape-markdown.ts';

describe('escapeMarkdownLine', () => {
  it.each([
    ['plain words', 'Blåbær og smørrebrød', 'Blåbær og smørrebrød'],
    ['emphasis and code', '*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['a link', '[x](http://e.dk)', '\\[x\\](http://e.dk)'],
    ['an image', '![x](y)', '!\\[x\\](y)'],
    ['html', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a heading', '# Title #', '\\# Title \\#'],
    ['a quote', '> said', '\\> said'],
    ['a list marker', '- item', '\\- item'],
    ['a plus marker', '+ item', '\\+ item'],
    ['an ordered marker', '12. item', '12\\. item'],
    ['a paren marker', '3) item', '3\\) item'],
    ['a setext underline', '===', '\\==='],
    ['a dash in the middle', 'a - b', 'a - b'],
    ['a number in the middle', 'in 2025. Then', 'in 2025. Then'],
    ['a table pipe', 'a | b', 'a \\| b'],
    ['strikethrough', '~~x~~', '\\~\\~x\\~\\~'],
    ['a backslash', 'C:\\temp', 'C:\\\\temp'],
    ['an entity', '&amp; &#39; & x', '\\&amp; &\\#39; & x'],
    ['leading blanks', '    code?', '&#32;&#32;&#32;&#32;code?'],
    ['a leading tab', '\tx', '&#9;x'],
    ['an empty line', '', '&#32;'],
  ])('%s', (_name, line, expected) => {
    expect(escapeMarkdownLine(line)).toBe(expected);
  });
});

describe('escapeMarkdownText', () => {
  it.each([
    ['one line', 'a', 'a'],
    ['lines become hard breaks', 'a\nb', 'a\\\n  b'],
    ['an empty line between', 'a\n\nb', 'a\\\n  &#32;\\\n  b'],
    ['a trailing empty line', 'a\n', 'a\\\n  &#32;'],
    ['a list marker on the second line', 'a\n- b', 'a\\\n  \\- b'],
    ['Windows and old Mac line ends', 'a\r\nb\rc', 'a\\\n  b\\\n  c'],
  ])('%s', (_name, text, expected) => {
    expect(escapeMarkdownText(text, '  ')).toBe(expected);
  });
});
