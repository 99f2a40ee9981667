import { describe, expect, it } from 'vitest';
import {
  createPreviewBoard,
  parseCreditsParam,
  parseFailParam,
  parseLatencyParam,
  readPreviewSettings,
} from './create-preview-board.ts';

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

describe('parseCreditsParam', () => {
  it.each([
    ['2000', 2000],
    ['100', 100],
    ['100000', 100_000],
    ['99', undefined],
    ['100001', undefined],
    ['2e3', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseCreditsParam(value)).toBe(expected);
  });
});

describe('readPreviewSettings', () => {
  it('defaults to a little latency, no faults, Miro’s rate limit and a board with the timer', () => {
    expect(readPreviewSettings('')).toEqual({ latencyMs: 20, timer: true });
  });

  it('reads every switch from the address', () => {
    expect(readPreviewSettings('?latency=300&fail=4:transient&credits=2000&timer=off')).toEqual({
      latencyMs: 300,
      faults: { onCall: { 4: 'transient' } },
      creditsPerMinute: 2000,
      timer: false,
    });
  });

  it('the stand-in it makes follows the switches', async () => {
    const board = createPreviewBoard('?latency=0&credits=100&timer=off');
    // 100 credits a minute: canUse and one create (50 each), then the limit.
    expect(await board.canUse('timer')).toBe(false);
    await board.createShape({});
    await expect(board.createShape({})).rejects.toThrow(/Rate limit exceeded/);
  });
});
