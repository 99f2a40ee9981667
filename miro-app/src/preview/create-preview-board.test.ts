import { describe, expect, it } from 'vitest';
import { parseFailParam } from './create-preview-board.ts';

describe('parseFailParam', () => {
  it.each([
    ['7:permanent', { onCall: { 7: 'permanent' } }],
    ['12:transient', { onCall: { 12: 'transient' } }],
    [null, undefined],
    ['', undefined],
    ['7', undefined],
    ['x:permanent', undefined],
    ['7:broken', undefined],
    ['7:permanent;alert(1)', undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseFailParam(value)).toEqual(expected);
  });
});
