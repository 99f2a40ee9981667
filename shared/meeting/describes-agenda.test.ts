import { describe, expect, it } from 'vitest';
import { describesAgenda } from './describes-agenda.ts';

describe('describesAgenda', () => {
  it.each<[string, boolean]>([
    ['Dagsorden:\n1. Velkommen', true],
    ['Dagordning', true],
    ['AGENDA', true],
    ['Program for dagen', true],
    ['09:00 Kaffe\n09:30 Oplæg', true],
    ['- 9.00 Kaffe\n- 9.30 Gäst', true],
    ['5 min velkomst\n20 min runde', true],
    ['Presentationsrunda och diskussion', true],
    ['Kom og vær med', false],
    ['09:00 Kaffe', false],
    ['Ring 12 34 56 78', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(describesAgenda(text)).toBe(expected);
  });
});
