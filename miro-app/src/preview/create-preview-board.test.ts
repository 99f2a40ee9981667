import { describe, expect, it } from 'vitest';
import { parseFailParam, parseLatencyParam } from './create-preview-board.ts';

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

describe('parseLatencyParam', () => {
  it.each([
    ['300', 300],
    ['0', 0],
    ['5000', 5000],
    ['5001', undefined],
    ['-1', undefined],
    ['1e3', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseLatencyParam(value)).toBe(expected);
  });
});
