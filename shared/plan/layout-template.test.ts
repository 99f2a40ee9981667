import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.ts';
import { builtInTemplates } from '../templates/catalogue/built-in-templates.ts';
import type { Section, Template } from '../templates/template-schema.ts';
import type { BoardPlan, LayoutOptions, PlanItem } from './board-plan.ts';
import { maxPlanTextLength } from './board-plan.ts';
import { itemTextArea, textFits } from './item-text-area.ts';
import { LayoutError, layoutTemplate } from './layout-template.ts';
import { minLegibleFontMm, printScale } from './print-scale.ts';

const l = (en: string) => ({ da: `${en} (da)`, sv: `${en} (sv)`, en });

function template(sections: Section[], extra: Partial<Template> = {}): Template {
  return {
    schemaVersion: 1,
    id: 'small',
    version: 2,
    title: l('Small'),
    summary: l('A small board'),
    about: l('Our own'),
    instructions: [l('Write one thing per note')],
    sections,
    ...extra,
  };
}

const small = template([
  {
    kind: 'zones',
    id: 'z',
    columns: 2,
    zones: [{ id: 'theme', title: l('Theme'), prompt: l('Say it'), seed: 'theme' }],
  },
  {
    kind: 'tree',
    id: 't',
    title: l('Tree'),
    nodes: [
      { id: 'q', kind: 'question', text: l('Ready?') },
      { id: 'r', kind: 'result', text: l('Go'), details: [l('Now')] },
    ],
    edges: [{ from: 'q', to: 'r', label: l('Yes') }],
  },
]);

/** One line per item: enough to review a layout at a glance in an inline snapshot. */
function outline(plan: BoardPlan): string[] {
  const items = plan.items.map((i: PlanItem) => {
    const text = i.kind === 'frame' ? i.props.title : i.props.text;
    const zone = i.meta.zoneId ? ` zone=${i.meta.zoneId}` : '';
    return `${i.id} ${i.kind}/${i.meta.role}${zone} ${i.x},${i.y} ${i.width}x${i.height} ${JSON.stringify(text)}`;
  });
  const connectors = plan.connectors.map((c) => `${c.id} ${c.fromId}->${c.toId} ${JSON.stringify(c.props)}`);
  return [...items, ...connectors];
}

describe('layoutTemplate on a small template', () => {
  it('lays out frame, header, zone with its seed, tree and source line', () => {
    const plan = layoutTemplate(small, { locale: 'en', theme: 'Fewer falls', network: 'Care network' });
    const { items: _items, connectors: _connectors, ...header } = plan;
    expect(header).toMatchInlineSnapshot(`
      {
        "locale": "en",
        "planVersion": 1,
        "templateId": "small",
        "templateVersion": 2,
        "title": "Small – Care network",
      }
    `);
    expect(outline(plan)).toMatchInlineSnapshot(`
      [
        "frame-1 frame/frame 0,0 1560x1663 "Small – Care network"",
        "text-2 text/title 80,80 1400x124 "Small"",
        "text-3 text/instruction 80,216 1400x51 "A small board"",
        "text-4 text/instruction 80,303 1400x42 "1. Write one thing per note"",
        "shape-5 shape/zone zone=theme 80,425 470x399 """,
        "text-6 text/label 104,449 422x51 "Theme"",
        "text-7 text/label 104,508 422x40 "Say it"",
        "sticky-8 sticky/seed 104,572 199x228 "Fewer falls"",
        "text-9 text/label 80,904 940x73 "Tree"",
        "shape-10 shape/node 190,1001 420x231 "Ready?"",
        "shape-11 shape/node 80,1392 640x111 "Go\\n• Now"",
        "text-12 text/instruction 80,1543 1400x40 "Our own"",
        "connector-13 shape-10->shape-11 {"shape":"straight","caption":"Yes","captionPosition":0.5}",
      ]
    `);
  });

  it('writes the chosen language', () => {
    const plan = layoutTemplate(small, { locale: 'sv' });
    expect(plan.title).toBe('Small (sv)');
    expect(plan.items.find((i) => i.meta.role === 'title')).toMatchObject({ props: { text: 'Small (sv)' } });
    expect(plan.connectors[0]?.props.caption).toBe('Yes (sv)');
  });

  it('seeds theme and network zones only when given', () => {
    const zones: Section = {
      kind: 'zones',
      id: 'z',
      columns: 2,
      zones: [
        { id: 'theme', title: l('Theme'), seed: 'theme', color: 'yellow' },
        { id: 'net', title: l('Network'), seed: 'network' },
      ],
    };
    const seeds = (options: Partial<LayoutOptions>) =>
      layoutTemplate(template([zones]), { locale: 'en', ...options })
        .items.filter((i) => i.kind === 'sticky')
        .map((i) => (i.kind === 'sticky' ? [i.props.text, i.props.color] : []));
    expect(seeds({})).toEqual([]);
    expect(seeds({ theme: '  ', network: '' })).toEqual([]);
    expect(seeds({ theme: ' Less waste ', network: 'Net' })).toEqual([
      ['Less waste', 'yellow'],
      ['Net', 'light_yellow'],
    ]);
  });

  it('repeats per-participant zones with numbered ids and titles', () => {
    const zones: Section = {
      kind: 'zones',
      id: 'z',
      columns: 1,
      perParticipant: true,
      zones: [{ id: 'mine', title: l('Mine') }],
    };
    const plan = layoutTemplate(template([zones]), { locale: 'da', participants: 3 });
    expect(plan.items.filter((i) => i.meta.role === 'zone').map((i) => i.meta.zoneId)).toEqual([
      'mine-1',
      'mine-2',
      'mine-3',
    ]);
    expect(plan.items.some((i) => i.kind === 'text' && i.props.text === 'Deltager 2: Mine (da)')).toBe(true);
  });

  it.each([
    {
      startTime: '09:00',
      first: '09:00–09:10\n10 minutes',
      second: '09:10–09:20\n10 minutes',
      total: 'In all 20 minutes, 09:00–09:20',
    },
    {
      startTime: undefined,
      first: '0:00–0:10\n10 minutes',
      second: '0:10–0:20\n10 minutes',
      total: 'In all 20 minutes, 0:00–0:20',
    },
  ])('times the agenda from $startTime', ({ startTime, first, second, total }) => {
    const agenda: Section = {
      kind: 'agenda',
      id: 'a',
      items: [
        { id: 'hi', title: l('Welcome'), minutes: 10 },
        { id: 'round', title: l('Round'), prompt: l('Who are you?'), perParticipantMinutes: 3 },
      ],
    };
    const plan = layoutTemplate(template([agenda]), {
      locale: 'en',
      participants: 5,
      ...(startTime ? { startTime } : {}),
    });
    const texts = plan.items.flatMap((i) => (i.kind === 'text' ? [i.props.text] : []));
    expect(texts).toEqual(expect.arrayContaining([first, second, total]));
    const stickies = plan.items.filter((i) => i.kind === 'sticky');
    expect(
      stickies.map((s) => (s.kind === 'sticky' ? [s.props.text, s.props.color, s.meta.role] : [])),
    ).toEqual([
      ['Welcome', 'light_yellow', 'seed'],
      ['Round\nWho are you?', 'light_blue', 'seed'],
    ]);
    expect(new Set(stickies.map((s) => s.width)).size).toBe(1);
  });

  it('draws questions as rhombi and results as round rectangles, with a captioned connector', () => {
    const plan = layoutTemplate(small, { locale: 'en' });
    const nodes = plan.items.filter((i) => i.meta.role === 'node');
    expect(nodes.map((n) => (n.kind === 'shape' ? n.props.shape : n.kind))).toEqual([
      'rhombus',
      'round_rectangle',
    ]);
    expect(plan.connectors).toEqual([
      expect.objectContaining({
        fromId: nodes[0]?.id,
        toId: nodes[1]?.id,
        props: expect.objectContaining({ caption: 'Yes' }),
      }),
    ]);
    const [question, result] = nodes;
    expect((result?.y ?? 0) > (question?.y ?? 0) + (question?.height ?? 0)).toBe(true);
  });

  it('cuts texts that would pass Miro’s limit once escaped', () => {
    const long = template([{ kind: 'notes', id: 'n', items: [l('x')] }], {
      instructions: Array.from({ length: 12 }, () => ({
        da: '&'.repeat(2_000),
        sv: '&'.repeat(2_000),
        en: '&'.repeat(2_000),
      })),
    });
    const plan = layoutTemplate(long, { locale: 'en' });
    const instructions = plan.items.find((i) => i.kind === 'text' && i.props.text.startsWith('1. '));
    const text = instructions?.kind === 'text' ? instructions.props.text : '';
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(maxPlanTextLength);
    const area = instructions && itemTextArea(instructions);
    expect(area && textFits(area)).toBe(true);
  });

  it('takes ids from createId, in reading order', () => {
    let n = 0;
    const createId = (kind: string) => {
      n += 1;
      return `${kind[0]}${n}`;
    };
    const plan = layoutTemplate(small, { locale: 'en', createId });
    expect(plan.items.slice(0, 3).map((i) => i.id)).toEqual(['f1', 't2', 't3']);
    expect(plan.connectors.map((c) => c.id)).toEqual([`c${plan.items.length + 1}`]);
  });

  it('numbers default ids with one counter per call', () => {
    const ids = () =>
      layoutTemplate(small, { locale: 'en' })
        .items.map((i) => i.id)
        .slice(0, 3);
    expect(ids()).toEqual(['frame-1', 'text-2', 'text-3']);
    expect(ids()).toEqual(['frame-1', 'text-2', 'text-3']);
  });

  it('moves everything by the origin', () => {
    const at0 = layoutTemplate(small, { locale: 'en' });
    const moved = layoutTemplate(small, { locale: 'en', origin: { x: 1000, y: -500 } });
    expect(moved.items.map((i) => [i.x - 1000, i.y + 500])).toEqual(at0.items.map((i) => [i.x, i.y]));
  });
});

describe('layoutTemplate rejects bad options with a LayoutError', () => {
  it.each([
    { options: { locale: 'de' }, field: 'locale', message: /locale must be da, sv or en/ },
    { options: { participants: 0 }, field: 'participants', message: /from 1 to 40, not 0/ },
    { options: { participants: 41 }, field: 'participants', message: /from 1 to 40, not 41/ },
    { options: { participants: 2.5 }, field: 'participants', message: /whole number/ },
    { options: { participants: Number.NaN }, field: 'participants', message: /whole number/ },
    { options: { startTime: '9:00' }, field: 'startTime', message: /HH:MM/ },
    { options: { startTime: '24:00' }, field: 'startTime', message: /HH:MM/ },
    { options: { startTime: '12:60' }, field: 'startTime', message: /HH:MM/ },
    { options: { theme: 'x'.repeat(501) }, field: 'theme', message: /at most 500 characters, not 501/ },
    { options: { network: 'x'.repeat(501) }, field: 'network', message: /at most 500 characters/ },
    { options: { origin: { x: Number.POSITIVE_INFINITY, y: 0 } }, field: 'origin', message: /finite/ },
    { options: { createId: () => 'same' }, field: 'createId', message: /"same" twice/ },
    { options: { createId: () => '' }, field: 'createId', message: /no id/ },
  ])('$field: $options', ({ options, field, message }) => {
    const run = () => layoutTemplate(small, { locale: 'en', ...options } as LayoutOptions);
    expect(run).toThrow(LayoutError);
    expect(run).toThrow(expect.objectContaining({ field, message: expect.stringMatching(message) }));
  });

  it('accepts the edges of every range', () => {
    for (const options of [
      { participants: 1 },
      { participants: 40 },
      { startTime: '00:00' },
      { startTime: '23:59' },
      { theme: 'x'.repeat(500) },
    ])
      expect(() => layoutTemplate(small, { locale: 'en', ...options })).not.toThrow();
  });
});

describe('the built-in catalogue', () => {
  const cases = builtInTemplates.flatMap((t) => locales.map((locale) => ({ id: t.id, locale, template: t })));

  it.each(cases)(
    '$id in $locale: every text fits, and the plan prints legibly on A3 or says it needs A1',
    ({ template: t, locale }) => {
      const plan = layoutTemplate(t, {
        locale,
        theme: 'Fewer falls among older citizens',
        network: 'Health network',
      });
      expect(plan.items[0]).toMatchObject({
        kind: 'frame',
        props: { title: `${t.title[locale]} – Health network` },
      });
      for (const item of plan.items) {
        const area = itemTextArea(item);
        if (area) expect(textFits(area), item.id).toBe(true);
      }
      const a3 = printScale(plan, 'A3');
      expect(a3.legible).toBe(a3.minFontMm >= minLegibleFontMm);
      // Too big for A3 (printScale says so): then it must at least read on A1.
      if (!a3.legible) expect(printScale(plan, 'A1').minFontMm).toBeGreaterThanOrEqual(minLegibleFontMm);
    },
  );

  it.each(
    // The network-type tree is a tall chain of questions with result cards: it prints as an A1 poster.
    ['theme-canvas', 'seven-characteristics', 'perfect-group'].filter((id) =>
      builtInTemplates.some((t) => t.id === id),
    ),
  )('%s prints on A3 with its smallest font at least 8 pt high, in every language', (id) => {
    const t = builtInTemplates.find((candidate) => candidate.id === id);
    for (const locale of locales) {
      if (!t) continue;
      const a3 = printScale(layoutTemplate(t, { locale }), 'A3');
      expect(a3.minFontMm, `${id} in ${locale}`).toBeGreaterThanOrEqual(minLegibleFontMm);
    }
  });
});
