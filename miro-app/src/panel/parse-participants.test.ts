import { describe, expect, it } from 'vitest';
import { parseParticipants } from './parse-participants.ts';

describe('parseParticipants', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['1', 1],
    ['12', 12],
    ['40', 40],
    ['0', 'invalid'],
    ['41', 'invalid'],
    ['2.5', 'invalid'],
    ['-3', 'invalid'],
    ['seven', 'invalid'],
  ] as const)('%j → %j', (text, expected) => {
    expect(parseParticipants(text)).toBe(expected);
  });
});
