import { describe, expect, it } from 'vitest';
import { utf8ByteLength, utf8Length } from './utf8-length.ts';

describe('utf8Length', () => {
  it('counts the octets UTF-8 writes for each kind of character', () => {
    expect(['a', 'æ', '€', '😀'].map(utf8Length)).toEqual([1, 2, 3, 4]);
    // A lone surrogate becomes U+FFFD, three octets.
    expect(utf8Length('\ud800')).toBe(3);
  });

  it('agrees with a real encoder for a whole text', () => {
    const text = 'Ældrenetværket – Sámi ŋ đ ŧ 😀 <b>&</b>';
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    expect(utf8ByteLength('')).toBe(0);
  });
});
