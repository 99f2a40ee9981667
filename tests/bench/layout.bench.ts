import { describe, expect, it } from 'vitest';
import { locales } from '../../shared/i18n/locale.ts';
import type { LayoutOptions } from '../../shared/plan/board-plan.ts';
import { clearTextBoxCache, type TextBox, textMetrics } from '../../shared/plan/estimate-text-box.ts';
import { glyphUnits, kernUnits } from '../../shared/plan/glyph-units.ts';
import { layoutTemplate, layoutTemplateWith } from '../../shared/plan/layout-template.ts';
import { builtInTemplates } from '../../shared/templates/catalogue/built-in-templates.ts';
import type { Template } from '../../shared/templates/template-schema.ts';

/**
 * Layout speed: every built-in template in every language, against a naive baseline in the same
 * run. The baseline is the same layout (same sizes, same search) with the text measure written the
 * way a first version usually is: walk the text character by character, rebuild each candidate
 * line as a string and add up its glyph widths (from the same Helvetica table) again for every
 * word, no tokenising cache. Both produce the same plan (checked), so the figures compare the same
 * job. Measures and prints only.
 */

/** Width of a string in 1/1000 em, summed afresh every time, kerning included. */
function naiveUnits(text: string, bold: boolean): number {
  let units = 0;
  let previous = -1;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    units += glyphUnits(codePoint, bold) + kernUnits(previous, codePoint, bold);
    previous = codePoint;
  }
  return units;
}

function naiveEstimate(
  text: string,
  fontSize: number,
  maxWidth = Number.POSITIVE_INFINITY,
  bold = false,
): TextBox {
  const scale = fontSize / 1000;
  const fits = (line: string) => naiveUnits(line, bold) * scale <= maxWidth;
  if (text === '') return { width: 0, height: 0, lines: [] };
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let word = '';
    const place = () => {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && fits(candidate)) {
        line = candidate;
        return;
      }
      if (line !== '') lines.push(line);
      if (fits(word)) {
        line = word;
        return;
      }
      let piece = '';
      for (const char of word) {
        if (piece !== '' && !fits(piece + char)) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      line = piece;
    };
    for (const char of `${paragraph} `) {
      if (char !== ' ' && char !== '\t') word += char;
      else if (word !== '') {
        place();
        word = '';
      }
    }
    lines.push(line);
  }
  const longest = Math.max(0, ...lines.map((l) => naiveUnits(l, bold)));
  return { width: longest * scale, height: lines.length * fontSize * textMetrics.lineHeight, lines };
}

interface Row {
  template: string;
  locale: string;
  items: number;
  warm: number;
  cold: number;
  naive: number;
}

const rounds = 9;
const perRound = 5;

type Variant = 'warm' | 'cold' | 'naive';

/**
 * Median over `rounds` of the mean ms per call in a round of `perRound` calls; the variants take
 * turns inside each round, so a burst of load on the shared machine hits all of them alike.
 */
function timeVariants(runs: Record<Variant, () => void>): Record<Variant, number> {
  const samples: Record<Variant, number[]> = { warm: [], cold: [], naive: [] };
  for (const run of Object.values(runs)) run();
  for (let round = 0; round < rounds; round += 1) {
    for (const variant of ['warm', 'cold', 'naive'] as const) {
      const start = performance.now();
      for (let i = 0; i < perRound; i += 1) runs[variant]();
      samples[variant].push((performance.now() - start) / perRound);
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return { warm: median(samples.warm), cold: median(samples.cold), naive: median(samples.naive) };
}

function measure(template: Template, options: LayoutOptions): Row {
  const plan = layoutTemplate(template, options);
  // Fairness check: the baseline does the very same job.
  expect(layoutTemplateWith(template, options, naiveEstimate)).toEqual(plan);
  const figures = timeVariants({
    warm: () => layoutTemplate(template, options),
    cold: () => {
      clearTextBoxCache();
      layoutTemplate(template, options);
    },
    naive: () => layoutTemplateWith(template, options, naiveEstimate),
  });
  return {
    template: template.id,
    locale: options.locale,
    items: plan.items.length + plan.connectors.length,
    ...figures,
  };
}

describe('layout benchmark', () => {
  it('lays out every built-in template in every language, against the naive baseline', () => {
    const rows = builtInTemplates.flatMap((template) =>
      locales.map((locale) =>
        measure(template, { locale, theme: 'Fewer falls among older citizens', network: 'Health' }),
      ),
    );
    const fmt = (ms: number) => ms.toFixed(3).padStart(8);
    const ratio = (row: Row) => row.naive / row.warm;
    const lines = [
      `layout, ms per plan: median of ${rounds} rounds of ${perRound} (warm: tokenising cache filled; cold: cleared before each layout; naive: baseline)`,
      `${'template'.padEnd(24)} lang items     warm     cold    naive  naive/warm  naive/cold`,
      ...rows.map(
        (r) =>
          `${r.template.padEnd(24)} ${r.locale.padEnd(4)} ${String(r.items).padStart(5)} ${fmt(r.warm)} ${fmt(r.cold)} ${fmt(r.naive)} ${ratio(r).toFixed(2).padStart(10)}× ${(r.naive / r.cold).toFixed(2).padStart(10)}×`,
      ),
    ];
    const sum = (pick: (r: Row) => number) => rows.reduce((s, r) => s + pick(r), 0);
    lines.push(
      `${'all'.padEnd(24)} ${''.padEnd(4)} ${String(sum((r) => r.items)).padStart(5)} ${fmt(sum((r) => r.warm))} ${fmt(sum((r) => r.cold))} ${fmt(sum((r) => r.naive))} ${(sum((r) => r.naive) / sum((r) => r.warm)).toFixed(2).padStart(10)}× ${(sum((r) => r.naive) / sum((r) => r.cold)).toFixed(2).padStart(10)}×`,
    );
    const cases = builtInTemplates.flatMap((template) => locales.map((locale) => ({ template, locale })));
    const whole = timeVariants({
      warm: () => {
        for (const { template, locale } of cases) layoutTemplate(template, { locale });
      },
      cold: () => {
        for (const { template, locale } of cases) {
          clearTextBoxCache();
          layoutTemplate(template, { locale });
        }
      },
      naive: () => {
        for (const { template, locale } of cases) layoutTemplateWith(template, { locale }, naiveEstimate);
      },
    });
    lines.push(
      '',
      `whole catalogue, ${cases.length} plans per pass (median of ${rounds} rounds): ` +
        `warm ${whole.warm.toFixed(2)} ms, cold ${whole.cold.toFixed(2)} ms, naive ${whole.naive.toFixed(2)} ms; ` +
        `naive/warm ${(whole.naive / whole.warm).toFixed(2)}×, naive/cold ${(whole.naive / whole.cold).toFixed(2)}×`,
      'Single plans take well under a few ms, so per-row figures jitter on a shared machine; the whole-catalogue line is the steadier one.',
    );
    console.log(lines.join('\n'));
    expect(rows).toHaveLength(builtInTemplates.length * locales.length);
  });
});
