import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name.ts';

describe('safe file name', () => {
  it('keeps Nordic letters readable', () => {
    expect(safeFileName('Nätverksträff HR', 'ics')).toBe('Nätverksträff HR.ics');
    expect(safeFileName('Ældrenetværk på Østerbro', 'md')).toBe('Ældrenetværk på Østerbro.md');
    // Decomposed input (as some Mac keyboards and pastes give it) comes out composed, never split.
    expect(safeFileName('Na\u0308tverkstra\u0308ff HR', 'ics')).toBe('Nätverksträff HR.ics');
    expect(safeFileName('Nätverksträff HR', 'ics')).not.toMatch(/Na-tverk/);
  });

  it('replaces only what no file system accepts', () => {
    expect(safeFileName('HR/IT: möte? <ny> "A|B" *', 'ics')).toBe('HR IT möte ny A B.ics');
    expect(safeFileName('  ..skjult.  ', 'json')).toBe('skjult.json');
    expect(safeFileName('a\u202Egpj.exe', 'ics')).toBe('a gpj.exe.ics');
    expect(safeFileName('line\nbreak\ttab', 'ics')).toBe('line break tab.ics');
  });

  it('falls back for empty, invisible or reserved names, and keeps names short', () => {
    expect(safeFileName('', 'ics')).toBe('netverk.ics');
    expect(safeFileName('???', 'ics', 'meeting')).toBe('meeting.ics');
    expect(safeFileName('CON', 'ics')).toBe('netverk.ics');
    expect(safeFileName('nul.txt', 'ics')).toBe('netverk.ics');
    expect(safeFileName('🙂'.repeat(200), 'ics')).toBe(`${'🙂'.repeat(80)}.ics`);
    expect(safeFileName('x', '.ics')).toBe('x.ics');
  });
});
