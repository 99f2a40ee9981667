import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveStatus } from './create-autosaver.ts';

function setup(save: (value: string) => Promise<void> = async () => {}) {
  const saved: string[] = [];
  const statuses: SaveStatus[] = [];
  const saver = createAutosaver<string>({
    save: async (v) => {
      await save(v);
      saved.push(v);
    },
    delayMs: 250,
    onStatus: (s) => statuses.push(s),
  });
  return { saver, saved, statuses };
}

describe('createAutosaver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once, the last value, after the typing pauses', async () => {
    const { saver, saved, statuses } = setup();
    for (const v of ['N', 'Ne', 'Net']) {
      saver.schedule(v);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(saved).toEqual(['Net']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush writes the pending value at once (page closing mid-word)', async () => {
    const { saver, saved } = setup();
    saver.schedule('Netv');
    await saver.flush();
    expect(saved).toEqual(['Netv']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved).toEqual(['Netv']);
  });

  it('keeps writes in order even when a slow write is still running', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { saver, saved } = setup((v) => (v === 'a' ? slow : Promise.resolve()));
    saver.schedule('a');
    const first = saver.flush();
    saver.schedule('b');
    const second = saver.flush();
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual(['a', 'b']);
  });

  it('reports a failed write', async () => {
    const { saver, statuses } = setup(async () => {
      throw new Error('QuotaExceededError');
    });
    saver.schedule('x');
    await saver.flush();
    expect(statuses).toEqual(['saving', 'error']);
  });
});
