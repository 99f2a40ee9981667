import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine } from './ics-text.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (folded: string) => folded.replaceAll('\r\n ', '');

describe('escapeIcsText', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b,c', 'a\\;b\\,c'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['tab\tstays', 'tab\tstays'],
    ['bell\u0007 and nul\u0000 go', 'bell and nul go'],
    ['END:VEVENT\nBEGIN:VEVENT', 'END:VEVENT\\nBEGIN:VEVENT'],
    ['æøå 😀', 'æøå 😀'],
  ])('%j → %j', (input, output) => {
    expect(escapeIcsText(input)).toBe(output);
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('folds at 75 octets, counting the leading space of each continuation', () => {
    expect(foldIcsLine('x'.repeat(200)).split('\r\n')).toEqual([
      'x'.repeat(75),
      ` ${'x'.repeat(74)}`,
      ` ${'x'.repeat(51)}`,
    ]);
  });

  it.each([
    ['æ (2 octets)', `${'x'.repeat(74)}æ`, ['x'.repeat(74), ' æ']],
    ['emoji (4 octets)', `${'x'.repeat(73)}😀y`, ['x'.repeat(73), ' 😀y']],
    ['emoji that fits', `${'x'.repeat(71)}😀y`, [`${'x'.repeat(71)}😀`, ' y']],
  ])('does not split %s', (_label, line, expected) => {
    expect(foldIcsLine(line).split('\r\n')).toEqual(expected);
  });

  it('keeps every line within 75 octets and unfolds to the original', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
    );
    fc.assert(
      fc.property(text, (line) => {
        const folded = foldIcsLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});
