import { describe, expect, it } from 'vitest';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import { layoutTemplate } from './layout-template.ts';
import { parseBoardPlanJson, restoreBoardPlan } from './restore-board-plan.ts';

function draftPlan() {
  const template = findTemplate('theme-canvas');
  if (!template) throw new Error('no theme canvas');
  const zone = template.sections.flatMap((s) => ('zones' in s ? (s.zones ?? []) : []))[0];
  return layoutTemplate(template, {
    locale: 'da',
    theme: 'Ensomhed <blandt> ældre',
    notes: { [String((zone as { id?: string } | undefined)?.id)]: ['Første seddel', 'Anden & "tredje"'] },
  });
}

describe('parseBoardPlanJson', () => {
  it('gives back exactly the plan that was exported', () => {
    const plan = draftPlan();
    const outcome = parseBoardPlanJson(JSON.stringify(plan, null, 2), 'da');
    expect(outcome).toEqual({ ok: true, plan });
    expect(plan.items.filter((item) => item.meta.role === 'note')).toHaveLength(2);
  });

  it('says in the user’s language when the file is not JSON or not a plan', () => {
    expect(parseBoardPlanJson('{"items": [', 'da')).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'Filen er ikke JSON.' }],
    });
    expect(parseBoardPlanJson('{"format":"something-else"}', 'sv')).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'Det här är ingen tavelplan från Netverk (inga "items").' }],
    });
    expect(parseBoardPlanJson('x'.repeat(5_000_001), 'en').ok).toBe(false);
  });

  it('names the JSON path of a wrong field', () => {
    const plan = draftPlan() as unknown as { items: { kind: string; props: Record<string, unknown> }[] };
    const sticky = plan.items.findIndex((item) => item.kind === 'sticky');
    const target = plan.items[sticky];
    if (!target) throw new Error('no sticky');
    target.props.color = 'neon';
    const outcome = restoreBoardPlan(plan, 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path)).toEqual([`$.items[${sticky}].props.color`]);
  });

  it('checks that frames come first and that connectors end at items', () => {
    const plan = draftPlan();
    const [frame, ...rest] = plan.items;
    const swapped = { ...plan, items: [...rest, frame] };
    const outcome = restoreBoardPlan(JSON.parse(JSON.stringify(swapped)), 'da');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]?.path).toBe('$.items[0].parentId');
    expect(outcome.errors[0]?.message).toContain('skal komme før');
    const dangling = {
      ...plan,
      connectors: [
        { id: 'c', kind: 'connector', fromId: plan.items[1]?.id, toId: 'gone', props: { shape: 'straight' } },
      ],
    };
    const ends = restoreBoardPlan(dangling, 'en');
    expect(ends.ok ? [] : ends.errors).toEqual([
      { path: '$.connectors[0].toId', message: 'No item has the id "gone".' },
    ]);
  });
});

describe('a theme-canvas draft file (the extension’s JSON export)', () => {
  const file = {
    format: 'netverk-theme-draft',
    version: 1,
    draft: {
      id: 'd1',
      networkName: 'Netværk Nord',
      themeTitle: 'Ensomhed',
      fields: { origin: '- Flere bor alene\n\n2) <b>Pårørende</b> & frivillige', 'no-such-zone': 'dropped' },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  };

  it('becomes the theme canvas with one note per line in its zone', () => {
    const outcome = parseBoardPlanJson(JSON.stringify(file), 'da');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.plan.templateId).toBe('theme-canvas');
    const notes = outcome.plan.items.filter((item) => item.meta.role === 'note');
    expect(notes.map((item) => (item.kind === 'sticky' ? item.props.text : ''))).toEqual([
      'Flere bor alene',
      '<b>Pårørende</b> & frivillige',
    ]);
    expect(outcome.plan.title).toContain('Netværk Nord');
  });

  it('names the JSON path of a wrong draft field', () => {
    const broken = { ...file, draft: { ...file.draft, fields: { origin: 42 } } };
    const outcome = restoreBoardPlan(broken, 'sv');
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.path)).toEqual(['$.draft.fields.origin']);
  });
});
