import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.ts';
import { isWorkshop, workshopKeywords } from './is-workshop.ts';

describe('isWorkshop', () => {
  it.each<[string, boolean]>([
    // Danish
    ['Temaworkshop: ensomhed blandt ældre', true],
    ['Workshop om rekruttering', true],
    ['Workshoppen om data', true],
    ['Arbejdsseminar for netværket', true],
    ['Fremtidsværksted i Ledernetværket', true],
    ['Teammøde', false],
    ['Værkstedsbesøg med bilen', false],
    ['Temadag om demens', false],
    ['Seminar om budget', false],
    // Swedish
    ['Workshop om kompetensförsörjning', true],
    ['Nätverksworkshop HR', true],
    ['Arbetsseminarium: nästa år', true],
    ['Idéverkstad med förvaltningen', true],
    ['Bilverkstad: däckbyte', false],
    ['Arbetsmöte ekonomi', false],
    // English
    ['WORKSHOP: unfold the theme', true],
    ['Theme workshops, round 2', true],
    ['Working session on the canvas', true],
    ['Shop floor visit', false],
    ['Workload review', false],
    ['Weekly team meeting', false],
    ['', false],
  ])('%j → %s', (title, expected) => {
    expect(isWorkshop(title)).toBe(expected);
  });

  it.each<[string, readonly string[], boolean]>([
    ['Udviklingsdag i netværket', ['udviklingsdag'], true],
    ['Udviklingsdag i netværket', [], false],
    // An organisation's own word is a whole word unless it ends in `*`.
    ['Verkstaden i Sundsvall', ['verkstad'], false],
    ['Verkstaden i Sundsvall', ['verkstad*'], true],
    ['Anything', ['', '  ', '*'], false],
  ])('%j with extra keywords %j → %s', (title, extra, expected) => {
    expect(isWorkshop(title, extra)).toBe(expected);
  });

  it('has keywords for every language, "workshop" in each', () => {
    for (const locale of locales) expect(workshopKeywords[locale]).toContain('workshop');
  });

  it('reads hostile and very long titles', () => {
    expect(isWorkshop(`<script>alert(1)</script>😀${'a'.repeat(2_000)}`)).toBe(false);
    expect(isWorkshop(`<b>Temaworkshop</b> ${'😀'.repeat(500)}`)).toBe(true);
  });
});
