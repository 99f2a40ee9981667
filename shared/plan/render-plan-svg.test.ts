import { describe, expect, it } from 'vitest';
import { stickyColorHex } from '../templates/sticky-colors.ts';
import type { Template } from '../templates/template-schema.ts';
import type { BoardPlan } from './board-plan.ts';
import { layoutTemplate } from './layout-template.ts';
import { printScale } from './print-scale.ts';
import { renderPlanSvg } from './render-plan-svg.ts';
import { escapeXml } from './svg-text.ts';

const l = (en: string) => ({ da: en, sv: en, en });

const template: Template = {
  schemaVersion: 1,
  id: 'svg-sample',
  version: 1,
  title: l('Tom & <Jerry>'),
  summary: l('A "quoted" summary'),
  about: l('Our own'),
  instructions: [],
  sections: [
    {
      kind: 'zones',
      id: 'z',
      columns: 2,
      zones: [{ id: 'theme', title: l('Theme'), color: 'violet', seed: 'theme' }],
    },
    {
      kind: 'tree',
      id: 't',
      nodes: [
        { id: 'q', kind: 'question', text: l('Ready?') },
        { id: 'r', kind: 'result', text: l('Go'), details: [l('now')] },
      ],
      edges: [{ from: 'q', to: 'r', label: l('Yes & go') }],
    },
  ],
};

function plan(): BoardPlan {
  return layoutTemplate(template, { locale: 'en', theme: 'Less <waste>\u0007' });
}

describe('renderPlanSvg', () => {
  it('writes a standalone SVG with escaped text and no control characters', () => {
    const svg = renderPlanSvg(plan());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(svg).toContain('&lt;waste');
    expect(svg).toContain('A &quot;quoted&quot; summary');
    expect(svg).not.toContain('\u0007');
    expect(svg).not.toMatch(/<script|<image|<foreignObject|href=/);
  });

  it('draws each kind: frame, rhombus, round rectangle, sticky in its colour, arrow with caption', () => {
    const svg = renderPlanSvg(plan());
    expect(svg).toMatch(/<polygon points="[^"]+"/);
    expect(svg).toMatch(/<rect [^>]*rx="24"/);
    expect(svg).toContain(`fill="${stickyColorHex.violet}"`);
    expect(svg).toMatch(/<line [^>]*marker-end="url\(#arrow\)"/);
    expect(svg).toContain('Yes &amp; go');
  });

  it.each([
    { paper: 'screen' as const, unit: '' },
    { paper: 'A3' as const, unit: 'mm' },
    { paper: 'A1' as const, unit: 'mm' },
  ])('sizes the SVG for $paper', ({ paper, unit }) => {
    const p = plan();
    const svg = renderPlanSvg(p, { paper });
    const [, width, height] = svg.match(/width="([\d.]+)(?:mm)?" height="([\d.]+)(?:mm)?"/) ?? [];
    expect(svg).toContain(`height="${height}${unit}"`);
    if (paper === 'screen') return;
    const scale = printScale(p, paper);
    expect([Number(width), Number(height)]).toEqual([scale.widthMm, scale.heightMm]);
  });
});

describe('escapeXml', () => {
  it.each([
    { text: 'a & b', out: 'a &amp; b' },
    { text: `<'">`, out: '&lt;&apos;&quot;&gt;' },
    { text: 'bell\u0007 and nul\u0000', out: 'bell and nul' },
    { text: 'lone \uD800 surrogate', out: 'lone  surrogate' },
    { text: 'pair 🙂 kept, tab\tand newline\n kept', out: 'pair 🙂 kept, tab\tand newline\n kept' },
  ])('escapes $text', ({ text, out }) => {
    expect(escapeXml(text)).toBe(out);
  });
});
