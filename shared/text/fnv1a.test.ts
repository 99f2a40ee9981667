import { describe, expect, it } from 'vitest';
import { fnv1a, fnv1aHex } from './fnv1a.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(fnv1aHex('a')).toBe('e40c292c');
  });

  it('reads an emoji as one code point, and a second seed gives an independent hash', () => {
    expect(fnv1a('😀')).toBe(Math.imul(0x811c9dc5 ^ 0x1f600, 0x01000193) >>> 0);
    expect(fnv1a('net', 0x01000193)).not.toBe(fnv1a('net'));
    expect(fnv1aHex('')).toHaveLength(8);
  });
});
