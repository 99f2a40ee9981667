import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeCanvas } from '../templates/catalogue/theme-canvas.ts';
import { templateLimits } from '../templates/template-schema.ts';
import { parseTemplatePackJson, restoreTemplatePack } from './restore-template-pack.ts';

const clone = <T>(value: T): T => structuredClone(value);

describe('restoreTemplatePack accepts', () => {
  it('a lone template', () => {
    const outcome = restoreTemplatePack(clone(themeCanvas), 'en');
    expect(outcome.ok && outcome.pack.templates[0]?.id).toBe('theme-canvas');
  });

  it('a pack of templates', () => {
    const outcome = restoreTemplatePack({ packVersion: 1, templates: [clone(themeCanvas)] }, 'da');
    expect(outcome.ok).toBe(true);
  });
});

describe('restoreTemplatePack rejects with the JSON path, in the user language', () => {
  const broken = () => {
    const t = clone(themeCanvas) as unknown as Record<string, unknown> & typeof themeCanvas;
    return t;
  };

  it('a missing Swedish title', () => {
    const t = broken();
    (t.title as Record<string, string>).sv = '';
    const outcome = restoreTemplatePack(t, 'sv');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path)).toEqual(['$.title.sv']);
    expect(outcome.errors[0]?.message).toBe('får inte vara tom');
  });

  it.each([
    ['da', /brugt to gange/],
    ['sv', /används två gånger/],
    ['en', /used twice/],
  ] as const)('a duplicated zone id (%s)', (locale, message) => {
    const t = broken();
    const section = t.sections[0];
    if (section?.kind !== 'zones') throw new Error('fixture changed');
    (section.zones[1] as { id: string }).id = 'theme';
    const outcome = restoreTemplatePack(t, locale);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      { path: '$.sections[0].zones[1].id', message: expect.stringMatching(message) },
    ]);
  });

  it('an unknown sticky colour and an unknown property', () => {
    const t = broken() as unknown as { sections: { zones: Record<string, unknown>[] }[] };
    const zone = t.sections[0]?.zones[0];
    if (!zone) throw new Error('fixture changed');
    zone.color = 'hotpink';
    zone.onclick = 'alert(1)';
    const outcome = restoreTemplatePack(t, 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path).sort()).toEqual([
      '$.sections[0].zones[0]',
      '$.sections[0].zones[0].color',
    ]);
  });

  it('a tree with a dangling edge and a cycle', () => {
    const text = { da: 'x', sv: 'x', en: 'x' };
    const t = {
      ...clone(themeCanvas),
      sections: [
        {
          kind: 'tree',
          id: 'tree',
          nodes: [
            { id: 'a', kind: 'question', text },
            { id: 'b', kind: 'result', text },
          ],
          edges: [
            { from: 'a', to: 'b' },
            { from: 'b', to: 'a' },
            { from: 'a', to: 'nowhere' },
          ],
        },
      ],
    };
    const outcome = restoreTemplatePack(t, 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path)).toEqual(['$.sections[0].edges[2].to', '$.sections[0].edges']);
  });

  it('a template from a newer Netverk', () => {
    const outcome = restoreTemplatePack({ ...clone(themeCanvas), schemaVersion: 2 }, 'da');
    expect(outcome).toEqual({
      ok: false,
      errors: [{ path: '$.schemaVersion', message: expect.stringMatching(/nyere version/) }],
    });
  });

  it.each([null, 42, 'text', [], {}, { templates: [] }])('something that is no template: %j', (input) => {
    const outcome = restoreTemplatePack(input, 'en');
    expect(outcome.ok).toBe(false);
  });

  it('caps the error list so a hostile file cannot flood the screen', () => {
    const templates = Array.from({ length: templateLimits.templatesPerPack }, () => ({ schemaVersion: 1 }));
    const outcome = restoreTemplatePack({ packVersion: 1, templates }, 'en');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(51);
    expect(outcome.errors.at(-1)?.message).toMatch(/and \d+ more errors/);
  });
});

describe('parseTemplatePackJson', () => {
  it('names a JSON syntax error', () => {
    const outcome = parseTemplatePackJson('{"schemaVersion": 1,', 'sv');
    expect(outcome).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringMatching(/inte giltig JSON/) }],
    });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const outcome = parseTemplatePackJson(`"${'å'.repeat(templateLimits.packBytes / 2)}"`, 'en');
    expect(outcome).toEqual({
      ok: false,
      errors: [{ path: '$', message: expect.stringMatching(/at most 1000000 bytes/) }],
    });
  });

  it('round-trips a valid template through JSON', () => {
    expect(parseTemplatePackJson(JSON.stringify(themeCanvas), 'en').ok).toBe(true);
  });
});

describe('fuzzing the import', () => {
  it('never throws on arbitrary JSON, and every error has a path and a message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('da', 'sv', 'en' as const), (value, locale) => {
        const outcome = restoreTemplatePack(value, locale);
        if (!outcome.ok) {
          for (const error of outcome.errors) {
            expect(error.path.startsWith('$')).toBe(true);
            expect(error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid template', () => {
    const paths = collectPaths(themeCanvas);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        const copy = clone(themeCanvas) as unknown;
        setAt(copy, path, replacement);
        const outcome = restoreTemplatePack(copy, 'en');
        if (!outcome.ok) expect(outcome.errors.every((e) => e.path.startsWith('$'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on truncated or garbled JSON text', () => {
    const text = JSON.stringify(themeCanvas);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string(), (cut, junk) => {
        const outcome = parseTemplatePackJson(text.slice(0, cut) + junk, 'da');
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

function collectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => collectPaths(child, [...prefix, key]))];
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): void {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = replacement;
}
